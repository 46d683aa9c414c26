using BrigadeBot.Features.Common.Waitlists;
using BrigadeBot.Storage;
using LiteDB;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Codev;

/// <summary>The <c>codev_meetings</c> collection: meetings, who registered, reminder and closing state.</summary>
public sealed partial class MeetingStore(BrigadeDatabase database, TimeProvider time, IOptions<CodevOptions> options) : IStoreSetup
{
    public const string Collection = "codev_meetings";

    public void EnsureIndexes(ILiteDatabase db)
    {
        Meetings(db).EnsureIndex(m => m.Status);
        Meetings(db).EnsureIndex(m => m.StartsAtUtc);
    }

    internal static ILiteCollection<CodevMeeting> Meetings(ILiteDatabase db) => db.GetCollection<CodevMeeting>(Collection);

    /// <summary>
    /// Creates the meeting and marks its proposal selected (or records the team's topic as one), in one transaction;
    /// <c>null</c> when the proposal is no longer open (another animator took it, or it was archived).
    /// </summary>
    public Task<CodevMeeting?> ScheduleAsync(MeetingDraft draft, string animatorId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync(db =>
        {
            var proposals = ProposalStore.Proposals(db);
            var proposal = draft.TeamTopic is { } topic
                ? new CodevProposal { Problem = topic, AuthorId = animatorId, CreatedAtUtc = now, Status = ProposalStatus.Open, TeamTopic = true }
                : proposals.FindById(draft.ProposalId);
            if (proposal is not { Status: ProposalStatus.Open }) return null;
            if (proposal.TeamTopic) proposals.Insert(proposal);
            var meeting = new CodevMeeting
            {
                ProposalId = proposal.Id,
                StartsAtUtc = draft.StartsAtUtc,
                DurationMinutes = draft.DurationMinutes,
                Place = draft.Place,
                Capacity = draft.Capacity,
                CreatedBy = animatorId,
                CreatedAtUtc = now,
                Status = MeetingStatus.Scheduled,
            };
            Meetings(db).Insert(meeting);
            proposal.Status = ProposalStatus.Selected;
            proposal.MeetingId = meeting.Id;
            proposals.Update(proposal);
            return (CodevMeeting?)meeting;
        }, ct);
    }

    public Task<CodevMeeting?> FindAsync(int id, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.ReadAsync<CodevMeeting?>(db => Meetings(db).FindById(id) is { } meeting ? WithHeld(db, meeting, now) : null, ct);
    }

    /// <summary>Meetings not closed yet, soonest first.</summary>
    public Task<IReadOnlyList<CodevMeeting>> ScheduledAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.ReadAsync<IReadOnlyList<CodevMeeting>>(db => Meetings(db).Find(m => m.Status == MeetingStatus.Scheduled)
            .OrderBy(m => m.StartsAtUtc).Select(m => WithHeld(db, m, now)).ToList(), ct);
    }

    /// <summary>Meetings not cancelled that started in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) and by <paramref name="nowUtc"/>.</summary>
    public Task<IReadOnlyList<CodevMeeting>> HeldBetweenAsync(DateTime fromUtc, DateTime toUtc, DateTime nowUtc, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<CodevMeeting>>(db => Meetings(db).Find(m => m.StartsAtUtc >= fromUtc && m.StartsAtUtc < toUtc)
            .Where(m => m.StartsAtUtc <= nowUtc && m.Status != MeetingStatus.Cancelled).ToList(), ct);

    /// <summary>Every meeting starting from <paramref name="fromUtc"/> on, cancelled ones included, soonest first.</summary>
    public Task<IReadOnlyList<CodevMeeting>> StartingFromAsync(DateTime fromUtc, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<CodevMeeting>>(db => Meetings(db).Find(m => m.StartsAtUtc >= fromUtc).OrderBy(m => m.StartsAtUtc).ToList(), ct);

    /// <summary>
    /// Cancels a coming meeting: its registrants stay on it (they are told), the SEQUENCE grows so calendars drop the event,
    /// its waiting list closes (the members who were on it, returned, are told too), and its topic opens again for a later
    /// meeting. <c>null</c> when it is gone, closed, already cancelled or started.
    /// </summary>
    public Task<(CodevMeeting Meeting, IReadOnlyList<string> Waiting)?> CancelAsync(int id, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync<(CodevMeeting, IReadOnlyList<string>)?>(db =>
        {
            var meeting = Meetings(db).FindById(id);
            if (meeting is not { Status: MeetingStatus.Scheduled } || meeting.StartsAtUtc <= now) return null;
            meeting.Status = MeetingStatus.Cancelled;
            meeting.CancelledAtUtc = now;
            meeting.UpdatedAtUtc = now;
            meeting.Sequence++;
            Meetings(db).Update(meeting);
            var waiting = WaitlistStore.Close(db, MeetingQueues.Of(id)).Select(e => e.MemberId).Distinct().ToList();
            var proposals = ProposalStore.Proposals(db);
            if (proposals.FindById(meeting.ProposalId) is { Status: ProposalStatus.Selected } proposal && proposal.MeetingId == id)
            {
                proposal.Status = ProposalStatus.Open;
                proposal.MeetingId = null;
                proposals.Update(proposal);
            }
            return (meeting, waiting);
        }, ct);
    }

    /// <summary>
    /// Moves a coming meeting or changes its place, length or capacity (never below the places taken); the SEQUENCE grows
    /// and the reminder may go again. Places added go to the waiting list (the offers). <c>null</c> when it cannot be edited any more.
    /// </summary>
    public Task<(CodevMeeting Meeting, IReadOnlyList<WaitlistEntry> Offers)?> EditAsync(int id, MeetingDraft draft, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync<(CodevMeeting, IReadOnlyList<WaitlistEntry>)?>(db =>
        {
            var meeting = Meetings(db).FindById(id);
            if (meeting is not { Status: MeetingStatus.Scheduled } || meeting.StartsAtUtc <= now || draft.Capacity < meeting.RegisteredIds.Count)
                return null;
            if (meeting.StartsAtUtc != draft.StartsAtUtc) meeting.ReminderSentAtUtc = null;
            meeting.StartsAtUtc = draft.StartsAtUtc;
            meeting.DurationMinutes = draft.DurationMinutes;
            meeting.Place = draft.Place;
            meeting.Capacity = draft.Capacity;
            meeting.UpdatedAtUtc = now;
            meeting.Sequence++;
            Meetings(db).Update(meeting);
            // Fewer places than those taken and held: the offers are taken back, then made again within the new capacity.
            if (meeting.RegisteredIds.Count + WaitlistStore.Held(db, MeetingQueues.Of(id), null, now) > meeting.Capacity)
                WaitlistStore.Withdraw(db, MeetingQueues.Of(id));
            var offers = OfferFreed(db, meeting, now);
            return (WithHeld(db, meeting, now), offers);
        }, ct);
    }

    /// <summary>Records who came to a meeting that has started; <c>null</c> when it is gone, cancelled or still to come.</summary>
    public Task<CodevMeeting?> SetAttendanceAsync(int id, IReadOnlyCollection<string> attendedIds, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync(db =>
        {
            var meeting = Meetings(db).FindById(id);
            if (meeting is null || meeting.Status == MeetingStatus.Cancelled || meeting.StartsAtUtc > now) return null;
            meeting.AttendedIds = attendedIds.Distinct(StringComparer.Ordinal).ToList();
            Meetings(db).Update(meeting);
            return (CodevMeeting?)meeting;
        }, ct);
    }

    /// <summary>Closed meetings still waiting for their knowledge sheet, latest first.</summary>
    public Task<IReadOnlyList<CodevMeeting>> ClosedWithoutSheetAsync(CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<CodevMeeting>>(db => Meetings(db).Find(m => m.Status == MeetingStatus.Closed).ToList()
                .Where(m => m.SheetUrl is null).OrderByDescending(m => m.StartsAtUtc).ToList(), ct);

    public Task SetMessageAsync(int id, string channelId, string ts, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var meeting = Meetings(db).FindById(id);
            if (meeting is null) return;
            meeting.ChannelId = channelId;
            meeting.MessageTs = ts;
            Meetings(db).Update(meeting);
        }, ct);

    /// <summary>Stores the knowledge sheet's link once; <c>false</c> when the meeting already has one (or is gone).</summary>
    public Task<bool> TrySetSheetAsync(int id, string url, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var meeting = Meetings(db).FindById(id);
            if (meeting is not { SheetUrl: null }) return false;
            meeting.SheetUrl = url;
            Meetings(db).Update(meeting);
            return true;
        }, ct);

    /// <summary>
    /// Takes one place if any is left (a place held for someone else is not), atomically: when many click for the last
    /// place, one gets it. A member who waited leaves the list, with the place held for them.
    /// </summary>
    public Task<RegistrationOutcome> RegisterAsync(int id, string memberId, CancellationToken ct) =>
        Registration(id, ct, (db, meeting, now) =>
        {
            if (meeting.RegisteredIds.Contains(memberId)) return RegistrationResult.AlreadyRegistered;
            if (meeting.RegisteredIds.Count + WaitlistStore.Held(db, MeetingQueues.Of(id), memberId, now) >= meeting.Capacity)
                return RegistrationResult.Full;
            meeting.RegisteredIds.Add(memberId);
            WaitlistStore.RemoveFrom(db, memberId, [MeetingQueues.Of(id)]);
            return RegistrationResult.Registered;
        });

    /// <summary>Gives the member's place back; it goes at once to the first person waiting (the offers).</summary>
    public Task<RegistrationOutcome> UnregisterAsync(int id, string memberId, CancellationToken ct) =>
        Registration(id, ct, (_, meeting, _) => meeting.RegisteredIds.Remove(memberId)
            ? RegistrationResult.Unregistered
            : RegistrationResult.NotRegistered);

    /// <summary>
    /// Marks the reminder of the meeting starting at <paramref name="startsAtUtc"/> done (each member's own mark kept it to
    /// one DM each), so no trigger runs it again; a meeting moved meanwhile keeps its new reminder.
    /// </summary>
    public Task FinishReminderAsync(int id, DateTime startsAtUtc, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync(db =>
        {
            var meeting = Meetings(db).FindById(id);
            if (meeting is not { ReminderSentAtUtc: null } || meeting.StartsAtUtc != startsAtUtc) return;
            meeting.ReminderSentAtUtc = now;
            Meetings(db).Update(meeting);
        }, ct);
    }

    /// <summary>Closes the meeting and archives its proposal, in one transaction; <c>null</c> when it does not exist.</summary>
    public Task<ClosingOutcome?> CloseAsync(int id, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync(db =>
        {
            var meeting = Meetings(db).FindById(id);
            if (meeting is null) return null;
            if (meeting.Status == MeetingStatus.Closed) return new ClosingOutcome(false, meeting);
            meeting.Status = MeetingStatus.Closed;
            meeting.ClosedAtUtc = now;
            Meetings(db).Update(meeting);
            WaitlistStore.Close(db, MeetingQueues.Of(id));
            var proposals = ProposalStore.Proposals(db);
            if (proposals.FindById(meeting.ProposalId) is { } proposal)
            {
                proposal.Status = ProposalStatus.Archived;
                proposal.ArchivedAtUtc = now;
                proposals.Update(proposal);
            }
            return (ClosingOutcome?)new ClosingOutcome(true, meeting);
        }, ct);
    }

    private Task<RegistrationOutcome> Registration(int id, CancellationToken ct, Func<ILiteDatabase, CodevMeeting, DateTime, RegistrationResult> change)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync(db =>
        {
            var meeting = Meetings(db).FindById(id);
            if (meeting is null) return new RegistrationOutcome(RegistrationResult.NotFound, null);
            if (meeting.Status != MeetingStatus.Scheduled || meeting.StartsAtUtc <= now)
                return new RegistrationOutcome(RegistrationResult.Closed, meeting);
            var result = change(db, meeting, now);
            if (result is RegistrationResult.Registered or RegistrationResult.Unregistered) Meetings(db).Update(meeting);
            var offers = result == RegistrationResult.Unregistered ? OfferFreed(db, meeting, now) : [];
            return new RegistrationOutcome(result, WithHeld(db, meeting, now)) { Offers = offers };
        }, ct);
    }
}
