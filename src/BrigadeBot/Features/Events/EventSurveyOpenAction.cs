using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Events;

/// <summary>« Donner mon avis » in the DM after a conference: opens the survey, or says why not (answered, closed).</summary>
public sealed class EventSurveyOpenAction(EventSurveyService surveys, EventStore events, ISlackApi slack, SlackMessenger messenger)
    : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var id = EventActionValue.IdOf(action);
        var state = id is null ? EventSurveyState.NotYours : await surveys.StateOfAsync(id.Value, payload.User.Id, ct);
        if (state == EventSurveyState.Open && !string.IsNullOrEmpty(payload.TriggerId) && await events.FindAsync(id!.Value, ct) is { } conference)
        {
            await slack.OpenViewAsync(payload.TriggerId, EventSurveyModal.Build(conference), ct);
            return;
        }
        await messenger.ReplyToAsync(payload, new SlackMessage(EventSurveyService.Refusal(state)), ct: ct);
    }
}
