using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Hosting;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Watch;

/// <summary>« Modifier »: reopens the scheduling modal filled in with the item.</summary>
public sealed class EditWatchAction(Animators animators, WatchStore store, ISlackApi slack, SlackMessenger messenger, ThemeCatalog themes,
    BrigadeTimeZone zone) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (!animators.Contains(payload.User.Id))
        {
            await WatchReplies.EphemeralAsync(messenger, payload, CommonTexts.AnimatorsOnly, ct);
            return;
        }
        if (!int.TryParse(action.Value, out var id) || store.Get(id) is not { IsEditable: true } item)
        {
            await WatchReplies.EphemeralAsync(messenger, payload, WatchTexts.NotEditable, ct);
            return;
        }
        if (string.IsNullOrEmpty(payload.TriggerId)) return;
        await slack.OpenViewAsync(payload.TriggerId,
            WatchModal.Build(WatchDraft.From(item, zone), themes.All, zone, WatchModalOrigin.ForItem(id)), ct);
    }
}

/// <summary>Answers to the person who clicked, where they clicked.</summary>
internal static class WatchReplies
{
    public static Task EphemeralAsync(SlackMessenger messenger, BlockActionsPayload payload, string text, CancellationToken ct,
        bool replaceOriginal = false) =>
        EphemeralAsync(messenger, payload, new SlackMessage(text), ct, replaceOriginal);

    public static Task EphemeralAsync(SlackMessenger messenger, BlockActionsPayload payload, SlackMessage message, CancellationToken ct,
        bool replaceOriginal = false) =>
        messenger.ReplyEphemeralAsync(payload.ResponseUrl, payload.ChannelId, payload.User.Id, message, replaceOriginal, ct);
}
