using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Watch;

/// <summary>« Modifier »: reopens the scheduling modal filled in with the item.</summary>
public sealed class EditWatchAction(Animators animators, SlackMessenger messenger, WatchStore store, ISlackApi slack, ThemeCatalog themes,
    BrigadeTimeZone zone) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (!int.TryParse(action.Value, out var id) || await store.GetAsync(id, ct) is not { IsEditable: true } item)
            await ReplyAsync(payload, WatchTexts.NotEditable, ct);
        else if (!string.IsNullOrEmpty(payload.TriggerId))
            await slack.OpenViewAsync(payload.TriggerId,
                WatchModal.Build(WatchDraft.From(item, zone), themes.All, zone, WatchModalOrigin.ForItem(id)), ct);
    }
}
