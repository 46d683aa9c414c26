using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Hosting;

namespace BrigadeBot.Features.Watch;

/// <summary>« Annuler »: the item will not be published. From the list, the list is shown again without it.</summary>
public sealed class CancelWatchAction(Animators animators, WatchPlanner planner, SlackMessenger messenger) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (!animators.Contains(payload.User.Id))
        {
            await WatchReplies.EphemeralAsync(messenger, payload, CommonTexts.AnimatorsOnly, ct);
            return;
        }
        var item = int.TryParse(action.Value, out var id) ? await planner.CancelAsync(id, ct) : null;
        if (item is null)
            await WatchReplies.EphemeralAsync(messenger, payload, WatchTexts.Gone, ct);
        else if (payload.Container?.IsEphemeral == true)
            await WatchReplies.EphemeralAsync(messenger, payload, planner.ListMessage(), ct, replaceOriginal: true);
        else
            await WatchReplies.EphemeralAsync(messenger, payload, WatchTexts.Cancelled(Mrkdwn.Escape(item.Title)), ct);
    }
}
