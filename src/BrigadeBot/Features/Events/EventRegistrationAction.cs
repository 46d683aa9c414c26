using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Events;

/// <summary>
/// « M'inscrire » and « Me désinscrire », under the announcement, in <c>/brigade evenements</c> or in a DM: a place, a
/// place in the waiting list, or a freed place that goes to the first in line. The answer goes to who clicked; the
/// announcement, calendar files and the DM to the new owner of a freed place follow after the ack.
/// </summary>
public sealed class EventRegistrationAction(EventStore events, EventDisplay display, SlackMessenger messenger, SlackFollowUpQueue followUp,
    CommunityMetrics metrics) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var member = payload.User.Id;
        if (EventActionValue.IdOf(action) is not { } id)
        {
            await messenger.ReplyToAsync(payload, EventMessageTexts.NotFound, ct);
            return;
        }
        var registration = action.ActionId == EventsIds.Register
            ? await events.RegisterAsync(id, member, ct)
            : await events.UnregisterAsync(id, member, ct);
        if (registration.Result is EventRegistrationResult.Registered or EventRegistrationResult.Unregistered)
            metrics.Registration("events", registration.Result == EventRegistrationResult.Registered ? CommunityMetrics.Made : CommunityMetrics.Cancelled);
        if (registration.Changed)
            followUp.Enqueue($"event registration {id}", (services, token) =>
                services.GetRequiredService<EventService>().RegistrationChangedAsync(registration, member, token));
        await messenger.ReplyToAsync(payload, Answer(registration, member), ct);
    }

    private string Answer(EventRegistration registration, string member) => registration switch
    {
        { Result: EventRegistrationResult.Registered, Conference: { } c } => EventMessageTexts.Registered(display.Title(c), display.When(c), c.PlacesLeft),
        { Result: EventRegistrationResult.Waitlisted, Conference: { } c } => EventMessageTexts.Waitlisted(display.Title(c), registration.WaitingPosition(member)),
        { Result: EventRegistrationResult.AlreadyRegistered } => EventMessageTexts.AlreadyRegistered,
        { Result: EventRegistrationResult.AlreadyWaiting } => EventMessageTexts.AlreadyWaiting(registration.WaitingPosition(member)),
        { Result: EventRegistrationResult.Unregistered } => EventMessageTexts.Unregistered,
        { Result: EventRegistrationResult.LeftWaitlist } => EventMessageTexts.LeftWaitlist,
        { Result: EventRegistrationResult.NotRegistered } => EventMessageTexts.NotRegistered,
        { Result: EventRegistrationResult.Closed } => EventMessageTexts.RegistrationClosed,
        _ => EventMessageTexts.NotFound,
    };
}
