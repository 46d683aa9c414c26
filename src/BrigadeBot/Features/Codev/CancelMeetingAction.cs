using Brigade.Slack.Payloads;
using Brigade.Slack.FollowUp;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// « Annuler la rencontre » in <c>/brigade codev liste</c>: cancels a coming meeting, reopens its topic, redraws the
/// announcement, and tells each registrant with the <c>.ics</c> cancellation, and each member of its waiting list (after the
/// acknowledgement).
/// </summary>
public sealed class CancelMeetingAction(MeetingStore meetings, Animators animators, CodevRefresher refresher, SlackFollowUpQueue followUp,
    DataChanges changes, SlackMessenger messenger, BrigadeTimeZone zone) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (ActionReplies.IdOf(action) is not { } id || await meetings.CancelAsync(id, ct) is not var (meeting, waiting))
        {
            await ReplyAsync(payload, MeetingTexts.CannotCancel, ct);
            return;
        }
        refresher.RequestMeeting(id);
        refresher.RequestProposal(meeting.ProposalId);
        changes.Notify(DataChange.ForEveryone);
        followUp.Enqueue($"codev meeting {id} cancelled", (services, token) =>
            services.GetRequiredService<MeetingNotices>().ChangedAsync(id, token));
        if (waiting.Count > 0)
            followUp.Enqueue($"codev meeting {id} waiting list closed", (services, token) =>
                services.GetRequiredService<MeetingNotices>().WaitedMeetingCancelledAsync(meeting, waiting, token));
        await ReplyAsync(payload, MeetingTexts.Cancelled(MeetingAnnouncement.When(meeting, zone), meeting.RegisteredIds.Count), ct);
    }
}
