using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>« Présences » in <c>/brigade codev liste</c>: opens the registrants' checkboxes once the meeting has started.</summary>
public sealed class AttendanceAction(MeetingStore meetings, Animators animators, ISlackApi slack, SlackMessenger messenger,
    BrigadeTimeZone zone, TimeProvider time) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var meeting = ActionReplies.IdOf(action) is { } id ? await meetings.FindAsync(id, ct) : null;
        if (meeting is null or { Status: MeetingStatus.Cancelled })
        {
            await ReplyAsync(payload, MeetingTexts.MeetingNotFound, ct);
            return;
        }
        if (meeting.StartsAtUtc > time.GetUtcNow().UtcDateTime)
        {
            await ReplyAsync(payload, MeetingTexts.AttendanceTooEarly, ct);
            return;
        }
        if (meeting.RegisteredIds.Count == 0)
        {
            await ReplyAsync(payload, MeetingTexts.NobodyRegistered, ct);
            return;
        }
        await slack.OpenViewAsync(payload.TriggerId ?? "",
            AttendanceModal.Build(meeting, MeetingAnnouncement.When(meeting, zone), new ReplyTarget(payload.ChannelId, payload.ResponseUrl)), ct);
    }
}
