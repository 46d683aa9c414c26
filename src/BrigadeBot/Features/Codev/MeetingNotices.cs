using System.Globalization;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common.Waitlists;
using BrigadeBot.Features.Common.Calendars;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// The registrant's side of a meeting, sent after the acknowledgement: the <c>.ics</c> on registration, its cancellation on
/// leaving, and the news of an edit or a cancellation with the updated file. A failure is logged; the registration stands.
/// </summary>
public sealed class MeetingNotices(MeetingStore meetings, ProposalStore proposals, CalendarFileSender calendarFiles, SlackMessenger messenger,
    BrigadeTimeZone zone, ILogger<MeetingNotices> log)
{
    public async Task RegisteredAsync(int meetingId, string memberId, CancellationToken ct)
    {
        if (await LoadAsync(meetingId, ct) is not var (meeting, proposal)) return;
        await FileAsync(memberId, MeetingCalendar.Entry(meeting, proposal), MemberMeetingTexts.IcsComment, ct);
    }

    public async Task UnregisteredAsync(int meetingId, string memberId, CancellationToken ct)
    {
        if (await LoadAsync(meetingId, ct) is not var (meeting, proposal)) return;
        await FileAsync(memberId, MeetingCalendar.Entry(meeting, proposal, cancelled: true), MemberMeetingTexts.IcsCancelComment, ct);
    }

    /// <summary>Tells every registrant what changed (or that it is cancelled), each with the new <c>.ics</c>.</summary>
    public async Task ChangedAsync(int meetingId, CancellationToken ct)
    {
        if (await LoadAsync(meetingId, ct) is not var (meeting, proposal)) return;
        var cancelled = meeting.Status == MeetingStatus.Cancelled;
        var when = MeetingAnnouncement.When(meeting, zone);
        var text = cancelled
            ? MemberMeetingTexts.CancelledNotice(when, proposal?.Problem ?? "")
            : MemberMeetingTexts.EditedNotice(MeetingTexts.Details(when, meeting.DurationMinutes, meeting.Place, proposal?.Problem ?? ""));
        var entry = MeetingCalendar.Entry(meeting, proposal);
        foreach (var memberId in meeting.RegisteredIds)
        {
            await DirectAsync(memberId, new SlackMessage(text, [SectionBlock.Markdown(text)]), ct);
            await FileAsync(memberId, entry, cancelled ? MemberMeetingTexts.IcsCancelComment : MemberMeetingTexts.IcsUpdateComment, ct);
        }
    }

    /// <summary>The members who were waiting for a place at a meeting now cancelled: the list is gone with it.</summary>
    public async Task WaitedMeetingCancelledAsync(CodevMeeting meeting, IReadOnlyList<string> waiting, CancellationToken ct)
    {
        var text = MemberMeetingTexts.WaitedMeetingCancelled(MeetingAnnouncement.When(meeting, zone));
        foreach (var memberId in waiting)
            await DirectAsync(memberId, new SlackMessage(MemberMeetingTexts.WaitedMeetingCancelledFallback, [SectionBlock.Markdown(text)]), ct);
    }

    /// <summary>The DM offering a freed place to the first person waiting, with « Prendre cette place ».</summary>
    public async Task OfferAsync(WaitlistEntry offer, CancellationToken ct)
    {
        if (offer.HoldUntilUtc is not { } until || MeetingQueues.MeetingOf(offer.Queue) is not { } id) return;
        if (await LoadAsync(id, ct) is not var (meeting, proposal)) return;
        var when = MeetingAnnouncement.When(meeting, zone);
        var text = MemberMeetingTexts.Offer(MeetingTexts.Details(when, meeting.DurationMinutes, meeting.Place, proposal?.Problem ?? ""),
            MeetingAnnouncement.At(until, zone));
        await DirectAsync(offer.MemberId, new SlackMessage(MemberMeetingTexts.OfferFallback,
        [
            SectionBlock.Markdown(text),
            new ActionsBlock([new Button(CodevIds.TakeOffer, MemberMeetingTexts.TakeOfferButton, id.ToString(CultureInfo.InvariantCulture),
                ButtonStyle.Primary, accessibilityLabel: MeetingTexts.RegisterLabel(when))]),
        ]), ct);
    }

    public async Task OfferExpiredAsync(WaitlistEntry expired, CancellationToken ct)
    {
        if (MeetingQueues.MeetingOf(expired.Queue) is not { } id || await meetings.FindAsync(id, ct) is not { } meeting) return;
        var text = MemberMeetingTexts.OfferExpired(MeetingAnnouncement.When(meeting, zone));
        await DirectAsync(expired.MemberId, new SlackMessage(MemberMeetingTexts.OfferExpiredFallback, [SectionBlock.Markdown(text)]), ct);
    }

    private async Task DirectAsync(string memberId, SlackMessage message, CancellationToken ct)
    {
        try
        {
            await messenger.SendDirectAsync(memberId, message, ct);
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Codev DM not delivered ({Error})", ex.Error);
        }
    }

    private async Task<(CodevMeeting, CodevProposal?)?> LoadAsync(int meetingId, CancellationToken ct) =>
        await meetings.FindAsync(meetingId, ct) is { } meeting ? (meeting, await proposals.FindAsync(meeting.ProposalId, ct)) : null;

    private Task FileAsync(string memberId, CalendarEntry entry, string comment, CancellationToken ct) =>
        calendarFiles.SendAsync(memberId, entry, MemberMeetingTexts.IcsFileName, comment, ct, MemberMeetingTexts.IcsFileTitle);
}
