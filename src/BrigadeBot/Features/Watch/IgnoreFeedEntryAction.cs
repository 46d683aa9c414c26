using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Hosting;

namespace BrigadeBot.Features.Watch;

/// <summary>« Ignorer » on a feed suggestion: the suggestion is replaced by who ignored it.</summary>
public sealed class IgnoreFeedEntryAction(Animators animators, FeedEntryStore entries, SlackMessenger messenger) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (!animators.Contains(payload.User.Id))
        {
            await WatchReplies.EphemeralAsync(messenger, payload, CommonTexts.AnimatorsOnly, ct);
            return;
        }
        var entry = action.Value is { Length: > 0 } id ? await entries.IgnoreAsync(id, payload.User.Id, ct) : null;
        if (entry is null)
            await WatchReplies.EphemeralAsync(messenger, payload, WatchTexts.SuggestionGone, ct);
        else
            await WatchReplies.EphemeralAsync(messenger, payload, FeedSuggestion.Ignored(entry, payload.User.Id), ct, replaceOriginal: true);
    }
}
