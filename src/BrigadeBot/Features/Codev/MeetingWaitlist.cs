using Brigade.Slack.FollowUp;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Waitlists;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// The waiting lists of full meetings: joining and leaving them, and each offer of a freed place (a DM with « Prendre
/// cette place », held for <c>Brigade:Codev:WaitlistHoldMinutes</c>, then passed on).
/// </summary>
public sealed class MeetingWaitlist(MeetingStore meetings, WaitlistHolds holds, CodevRefresher refresher,
    SlackFollowUpQueue followUp, DataChanges changes) : IWaitlistOwner
{
    public string Name => MeetingQueues.Owner;

    /// <summary>The entry, or <c>null</c> with why not (registered already, meeting over or gone).</summary>
    public async Task<(RegistrationResult Result, WaitlistEntry? Entry)> JoinAsync(int meetingId, string memberId, CancellationToken ct)
    {
        var (result, entry, offers) = await meetings.JoinWaitlistAsync(meetingId, memberId, ct);
        if (entry is not null) changes.Notify(DataChange.ForAnimatorsAnd(memberId));
        Announce(offers);
        return (result, entry);
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
        if (await meetings.EndOfferAsync(entryId, ct) is not var (expired, offers)) return;
        changes.Notify(DataChange.ForAnimatorsAnd(expired.MemberId));
        if (MeetingQueues.MeetingOf(expired.Queue) is { } id) refresher.RequestMeeting(id);
        followUp.Enqueue("codev waiting-list offer expired", (services, token) =>
            services.GetRequiredService<MeetingNotices>().OfferExpiredAsync(expired, token));
        Announce(offers);
    }

    public async Task PlaceReleasedAsync(string place, CancellationToken ct)
    {
        if (MeetingQueues.MeetingOf(place) is not { } id) return;
        refresher.RequestMeeting(id);
        Announce(await meetings.OfferFreedAsync(id, ct));
    }

    /// <summary>After the write that made them: each offer's hold is scheduled and its member told.</summary>
    public void Announce(IReadOnlyList<WaitlistEntry> offers)
    {
        if (offers.Count == 0) return;
        foreach (var offer in offers) changes.Notify(DataChange.ForAnimatorsAnd(offer.MemberId));
        foreach (var id in offers.Select(o => MeetingQueues.MeetingOf(o.Queue)).OfType<int>().Distinct()) refresher.RequestMeeting(id);
        holds.Announce(offers, (services, offer, token) => services.GetRequiredService<MeetingNotices>().OfferAsync(offer, token));
    }
}
