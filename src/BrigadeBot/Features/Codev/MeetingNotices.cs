using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// The registrant's side of a meeting, sent after the acknowledgement: the <c>.ics</c> on registration, its cancellation on
/// leaving, and the news of an edit or a cancellation with the updated file. A failure is logged; the registration stands.
/// </summary>
public sealed class MeetingNotices(MeetingStore meetings, ProposalStore proposals, MeetingCalendar calendar, SlackMessenger messenger,
    ISlackApi slack, BrigadeTimeZone zone, ILogger<MeetingNotices> log)
{
    public async Task RegisteredAsync(int meetingId, string memberId, CancellationToken ct)
    {
        if (await LoadAsync(meetingId, ct) is not var (meeting, proposal)) return;
        await FileAsync(memberId, calendar.File(meeting, proposal), MemberMeetingTexts.IcsComment, ct);
    }

    public async Task UnregisteredAsync(int meetingId, string memberId, CancellationToken ct)
    {
        if (await LoadAsync(meetingId, ct) is not var (meeting, proposal)) return;
        await FileAsync(memberId, calendar.File(meeting, proposal, cancelled: true), MemberMeetingTexts.IcsCancelComment, ct);
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
        var ics = calendar.File(meeting, proposal);
        foreach (var memberId in meeting.RegisteredIds)
        {
            try
            {
                await messenger.SendDirectAsync(memberId, new SlackMessage(text, [SectionBlock.Markdown(text)]), ct);
            }
            catch (SlackApiException ex)
            {
                log.LogWarning("Codev meeting {Id} change not told to one registrant ({Error})", meetingId, ex.Error);
            }
            await FileAsync(memberId, ics, cancelled ? MemberMeetingTexts.IcsCancelComment : MemberMeetingTexts.IcsUpdateComment, ct);
        }
    }

    private async Task<(CodevMeeting, CodevProposal?)?> LoadAsync(int meetingId, CancellationToken ct) =>
        await meetings.FindAsync(meetingId, ct) is { } meeting ? (meeting, await proposals.FindAsync(meeting.ProposalId, ct)) : null;

    private async Task FileAsync(string memberId, byte[] ics, string comment, CancellationToken ct)
    {
        try
        {
            var channel = await messenger.DirectChannelAsync(memberId, ct);
            await slack.UploadFileAsync(channel, MemberMeetingTexts.IcsFileName, ics, MemberMeetingTexts.IcsFileTitle, comment, ct);
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Codev calendar file not delivered ({Error})", ex.Error);
        }
    }
}
