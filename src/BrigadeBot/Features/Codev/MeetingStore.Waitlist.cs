using BrigadeBot.Features.Common.Waitlists;
using LiteDB;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// A full meeting's waiting list, counted in the same write as its registrations: the places taken are the registered
/// members plus the places held for a waiting member; a freed place goes to the first person waiting.
/// </summary>
public sealed partial class MeetingStore
{
    private TimeSpan Hold => TimeSpan.FromMinutes(options.Value.WaitlistHoldMinutes);

    private static CodevMeeting WithHeld(ILiteDatabase db, CodevMeeting meeting, DateTime nowUtc)
    {
        meeting.HeldPlaces = WaitlistStore.Held(db, MeetingQueues.Of(meeting.Id), null, nowUtc);
        return meeting;
    }

    /// <summary>Offers the free places of <paramref name="meeting"/>, if it is still to come, to the people waiting for it.</summary>
    private IReadOnlyList<WaitlistEntry> OfferFreed(ILiteDatabase db, CodevMeeting meeting, DateTime nowUtc)
    {
        if (meeting.Status != MeetingStatus.Scheduled || meeting.StartsAtUtc <= nowUtc) return [];
        var place = MeetingQueues.Of(meeting.Id);
        var free = meeting.Capacity - meeting.RegisteredIds.Count - WaitlistStore.Held(db, place, null, nowUtc);
        return WaitlistStore.Offer(db, [[place]], place, free, e => !meeting.RegisteredIds.Contains(e.MemberId), nowUtc, Hold);
    }

    /// <summary>
    /// Puts the member on the meeting's list, then offers at once any place free (a race with an unregistration). Refused
    /// (the result) when the member is registered or the meeting is over.
    /// </summary>
    public Task<(RegistrationResult Result, WaitlistEntry? Entry, IReadOnlyList<WaitlistEntry> Offers)> JoinWaitlistAsync(int id, string memberId,
        CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync<(RegistrationResult, WaitlistEntry?, IReadOnlyList<WaitlistEntry>)>(db =>
        {
            var meeting = Meetings(db).FindById(id);
            if (meeting is null) return (RegistrationResult.NotFound, null, []);
            if (meeting.Status != MeetingStatus.Scheduled || meeting.StartsAtUtc <= now) return (RegistrationResult.Closed, null, []);
            if (meeting.RegisteredIds.Contains(memberId)) return (RegistrationResult.AlreadyRegistered, null, []);
            var entry = WaitlistStore.Join(db, MeetingQueues.Owner, MeetingQueues.Of(id), memberId, null, now);
            var offers = OfferFreed(db, meeting, now);
            return (RegistrationResult.Full, WaitlistStore.Find(db, entry.Id), offers);
        }, ct);
    }

    /// <summary>
    /// An offer whose hold has passed: the entry leaves the list and the place goes to the next person. <c>null</c> when
    /// the offer is no longer out (taken, left) or not yet due.
    /// </summary>
    public Task<(WaitlistEntry Expired, IReadOnlyList<WaitlistEntry> Offers)?> EndOfferAsync(string entryId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync<(WaitlistEntry, IReadOnlyList<WaitlistEntry>)?>(db =>
        {
            var entry = WaitlistStore.Find(db, entryId);
            if (entry?.OfferedPlace is not { } place || entry.HoldUntilUtc > now) return null;
            WaitlistStore.Remove(db, entry.Id);
            var meeting = MeetingQueues.MeetingOf(place) is { } meetingId ? Meetings(db).FindById(meetingId) : null;
            return (entry, meeting is null ? [] : OfferFreed(db, meeting, now));
        }, ct);
    }

    /// <summary>Offers the free places of a meeting (released by someone leaving the list or erased) to the people waiting.</summary>
    public Task<IReadOnlyList<WaitlistEntry>> OfferFreedAsync(int id, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync<IReadOnlyList<WaitlistEntry>>(db => Meetings(db).FindById(id) is { } meeting ? OfferFreed(db, meeting, now) : [], ct);
    }
}
