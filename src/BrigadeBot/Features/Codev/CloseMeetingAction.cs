using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// « Clore la rencontre » in <c>/brigade codev liste</c>: closes the meeting, archives its topic, then offers the
/// knowledge-sheet form. « Publier la fiche » offers the form again for a meeting already closed.
/// </summary>
public sealed class CloseMeetingAction(MeetingStore meetings, ProposalStore proposals, Animators animators,
    CodevRefresher refresher, ISlackApi slack, SlackMessenger messenger, BrigadeTimeZone zone, ThemeCatalog themes,
    IOptions<Brigade.Slack.SlackOptions> options, ILogger<CloseMeetingAction> log) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var meeting = ActionReplies.IdOf(action) is { } id
            ? action.ActionId == CodevIds.Close ? await CloseAsync(id, ct) : await meetings.FindAsync(id, ct)
            : null;
        if (meeting is null)
        {
            await Messenger.ReplyToAsync(payload, MeetingTexts.MeetingNotFound, ct);
            return;
        }
        if (meeting.Status != MeetingStatus.Closed || meeting.SheetUrl is not null)
        {
            await Messenger.ReplyToAsync(payload, meeting.SheetUrl is null ? MeetingTexts.MeetingNotFound : MeetingTexts.SheetAlreadyPublished, ct);
            return;
        }
        var view = MeetingSheetModal.Build(MeetingAnnouncement.When(meeting, zone), (await proposals.FindAsync(meeting.ProposalId, ct))?.Problem ?? "",
            themes.All, new ReplyTarget(payload.ChannelId, payload.ResponseUrl, meeting.Id));
        try
        {
            await slack.OpenViewAsync(payload.TriggerId ?? "", view, ct);
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Sheet form for codev meeting {Id} not opened ({Error})", meeting.Id, ex.Error);
            await Messenger.ReplyToAsync(payload, MeetingTexts.ClosedSheetLater(options.Value.Command), ct);
        }
    }

    private async Task<CodevMeeting?> CloseAsync(int id, CancellationToken ct)
    {
        if (await meetings.CloseAsync(id, ct) is not { } outcome) return null;
        if (outcome.ClosedNow)
        {
            refresher.RequestMeeting(id);
            refresher.RequestProposal(outcome.Meeting.ProposalId);
        }
        return outcome.Meeting;
    }
}
