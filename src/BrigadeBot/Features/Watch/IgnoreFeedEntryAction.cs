using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Watch;

/// <summary>« Ignorer » on a feed suggestion: the suggestion is replaced by who ignored it.</summary>
public sealed class IgnoreFeedEntryAction(Animators animators, SlackMessenger messenger, FeedEntryStore entries) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var id = action.Value ?? "";
        if (await entries.IgnoreAsync(id, payload.User.Id, ct) is { } ignored)
            await ReplyAsync(payload, FeedSuggestion.Ignored(ignored, payload.User.Id), ct, replaceOriginal: true);
        else if (await entries.GetAsync(id, ct) is { State: FeedEntryState.Planned, DecidedBy: { } by })
            await ReplyAsync(payload, WatchTexts.AlreadyPlanned(Mrkdwn.User(by)), ct);
        else
            await ReplyAsync(payload, WatchTexts.SuggestionGone, ct);
    }
}
