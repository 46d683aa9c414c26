using Brigade.Slack.FollowUp;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Waitlists;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// The booking's waiting lists: joining and leaving them, and each offer of a freed place (a DM with « Réserver cette
/// place », held for the configured time, then passed on).
/// </summary>
public sealed class BookingWaitlist(BookingStore bookings, WaitlistHolds holds, BookingPolicy policy,
    SlackFollowUpQueue followUp, DataChanges changes) : IWaitlistOwner
{
    public string Name => WaitQueues.Owner;

    public async Task<WaitlistEntry> JoinAsync(string memberId, string queue, string themeSlug, CancellationToken ct)
    {
        var (entry, offers) = await bookings.JoinAsync(memberId, queue, themeSlug, policy.Rules(), ct);
        changes.Notify(DataChange.ForAnimatorsAnd(memberId));
        Announce(offers);
        return entry;
    }

    /// <summary>Takes the member out of a list; a place they held goes to the next person. <c>false</c> when not theirs.</summary>
    public async Task<bool> LeaveAsync(string memberId, string entryId, CancellationToken ct)
    {
        if (await holds.LeaveAsync(entryId, memberId, ct) is null) return false;
        changes.Notify(DataChange.ForAnimatorsAnd(memberId));
        return true;
    }

    public async Task OfferEndedAsync(string entryId, CancellationToken ct)
    {
        if (await bookings.EndOfferAsync(entryId, policy.Rules(), ct) is not var (expired, offers)) return;
        changes.Notify(DataChange.ForAnimatorsAnd(expired.MemberId));
        followUp.Enqueue("waiting-list offer expired", (services, token) =>
            services.GetRequiredService<BookingNotifier>().OfferExpiredAsync(expired, token));
        Announce(offers);
    }

    public async Task PlaceReleasedAsync(string place, CancellationToken ct)
    {
        if (WaitQueues.SlotOf(place) is { } slotId) Announce(await bookings.OfferFreedAsync([slotId], policy.Rules(), ct));
    }

    /// <summary>After the write that made them: each offer's hold is scheduled and its member told.</summary>
    public void Announce(IReadOnlyList<WaitlistEntry> offers)
    {
        if (offers.Count == 0) return;
        foreach (var offer in offers) changes.Notify(DataChange.ForAnimatorsAnd(offer.MemberId));
        holds.Announce(offers, (services, offer, token) => services.GetRequiredService<BookingNotifier>().OfferAsync(offer, token));
    }
}
