using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.CalendarSubscription;

/// <summary>
/// « Abonner mon calendrier » gives the secret URL the first time (it is never shown again: only its hash is kept);
/// « Nouveau lien » draws another, which revokes the previous one. Both answer the animator alone.
/// </summary>
public sealed class CalendarSubscriptionAction(CalendarTokenStore tokens, IOptionsMonitor<CalendarOptions> options, Animators animators,
    SlackMessenger messenger) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var baseUrl = options.CurrentValue.PublicBaseUrl;
        if (baseUrl.Length == 0)
        {
            await ReplyAsync(payload, CalendarTexts.NoPublicAddress, ct);
            return;
        }
        var animatorId = payload.User.Id;
        if (action.ActionId == CalendarIds.Subscribe && await tokens.HasTokenAsync(animatorId, ct))
        {
            await ReplyAsync(payload, Message(CalendarTexts.AlreadySubscribed), ct);
            return;
        }
        var url = baseUrl.TrimEnd('/') + CalendarIds.FeedPath(await tokens.RenewAsync(animatorId, ct));
        var text = CalendarTexts.Link(url);
        await ReplyAsync(payload, Message(action.ActionId == CalendarIds.Renew ? $"{text}\n{CalendarTexts.Renewed}" : text), ct);
    }

    private static SlackMessage Message(string text) => new(text,
    [
        SectionBlock.Markdown(text),
        new ActionsBlock([new Button(CalendarIds.Renew, CalendarTexts.RenewButton, "renew",
            confirm: new ConfirmDialog(CalendarTexts.RenewTitle, CalendarTexts.RenewText, CalendarTexts.RenewConfirm, CalendarTexts.RenewCancel, danger: true))]),
    ]);
}
