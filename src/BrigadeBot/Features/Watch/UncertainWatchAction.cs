using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Hosting;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// The author's answer after an interrupted publication: « Pas là : la publier » schedules it now,
/// « Elle est bien publiée » records it as published. The notice is replaced by the answer.
/// </summary>
public sealed class UncertainWatchAction(Animators animators, WatchPlanner planner, SlackMessenger messenger) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (!animators.Contains(payload.User.Id))
        {
            await WatchReplies.EphemeralAsync(messenger, payload, CommonTexts.AnimatorsOnly, ct);
            return;
        }
        if (!int.TryParse(action.Value, out var id))
            return;
        var republish = action.ActionId == WatchIds.Republish;
        var item = republish ? await planner.RepublishAsync(id, ct) : await planner.ConfirmPublishedAsync(id, ct);
        await WatchReplies.EphemeralAsync(messenger, payload,
            item is null ? WatchTexts.Gone : republish ? WatchTexts.RepublishDone : WatchTexts.ConfirmDone, ct,
            replaceOriginal: item is not null);
    }
}
