using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Watch;

/// <summary>« Annuler »: the item will not be published. From the list, the list is shown again without it.</summary>
public sealed class CancelWatchAction(Animators animators, SlackMessenger messenger, WatchPlanner planner) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var item = int.TryParse(action.Value, out var id) ? await planner.CancelAsync(id, ct) : null;
        if (item is null)
            await ReplyAsync(payload, WatchTexts.Gone, ct);
        else if (payload.Container?.IsEphemeral == true)
            await ReplyAsync(payload, await planner.ListMessageAsync(ct), ct, replaceOriginal: true);
        else
            await ReplyAsync(payload, WatchTexts.Cancelled(Mrkdwn.Escape(item.Title)), ct);
    }
}
