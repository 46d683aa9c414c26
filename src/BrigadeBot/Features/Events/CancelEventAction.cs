using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Events;

/// <summary>« Annuler » (animators, confirmed): cancels a coming conference; registrants and the waiting list are told after the ack.</summary>
public sealed class CancelEventAction(EventStore events, SlackFollowUpQueue followUp, Animators animators, SlackMessenger messenger)
    : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (EventActionValue.IdOf(action) is not { } id)
        {
            await ReplyAsync(payload, EventMessageTexts.NotFound, ct);
            return;
        }
        var (cancelled, conference) = await events.CancelAsync(id, ct);
        if (cancelled)
            followUp.Enqueue($"event cancelled {id}", (services, token) =>
                services.GetRequiredService<EventService>().CancelledAsync(conference!, token));
        await ReplyAsync(payload, cancelled ? EventMessageTexts.Cancelled
            : conference is null ? EventMessageTexts.NotFound
            : conference.Status == ConferenceStatus.Cancelled ? EventMessageTexts.AlreadyCancelled : EventsTexts.NotEditable, ct);
    }
}
