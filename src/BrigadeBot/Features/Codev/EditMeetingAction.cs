using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>« Modifier » in <c>/brigade codev liste</c>: the meeting form, filled with the coming meeting as it stands.</summary>
public sealed class EditMeetingAction(MeetingStore meetings, ProposalStore proposals, Animators animators, ISlackApi slack,
    SlackMessenger messenger, BrigadeTimeZone zone, TimeProvider time) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var meeting = ActionReplies.IdOf(action) is { } id ? await meetings.FindAsync(id, ct) : null;
        if (meeting is not { Status: MeetingStatus.Scheduled } || meeting.StartsAtUtc <= time.GetUtcNow().UtcDateTime)
        {
            await ReplyAsync(payload, MeetingTexts.CannotEdit, ct);
            return;
        }
        var proposal = await proposals.FindAsync(meeting.ProposalId, ct);
        await slack.OpenViewAsync(payload.TriggerId ?? "",
            MeetingModal.BuildEdit(meeting, proposal, zone, new ReplyTarget(payload.ChannelId, payload.ResponseUrl, meeting.Id)), ct);
    }
}
