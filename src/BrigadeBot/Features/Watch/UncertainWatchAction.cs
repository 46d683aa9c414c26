using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// The author's answer after an interrupted publication: « Pas là : la publier » schedules it now,
/// « Elle est bien publiée » records it as published. The notice is replaced by the answer.
/// </summary>
public sealed class UncertainWatchAction(Animators animators, SlackMessenger messenger, WatchPlanner planner) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (!int.TryParse(action.Value, out var id)) return;
        var republish = action.ActionId == WatchIds.Republish;
        var item = republish ? await planner.RepublishAsync(id, ct) : await planner.ConfirmPublishedAsync(id, ct);
        if (item is null)
            await ReplyAsync(payload, WatchTexts.Gone, ct);
        else
            await ReplyAsync(payload, republish ? WatchTexts.RepublishDone : WatchTexts.ConfirmDone, ct, replaceOriginal: true);
    }
}
