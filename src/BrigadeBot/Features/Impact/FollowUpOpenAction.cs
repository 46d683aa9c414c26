using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Impact;

/// <summary>« Répondre au sondage » on the follow-up survey DM: opens the form, or says why not (answered, closed).</summary>
public sealed class FollowUpOpenAction(FollowUpSurveyService surveys, ISlackApi slack, SlackMessenger messenger) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var year = action.Value ?? "";
        var state = year.Length == 0 ? FollowUpState.NotYours : await surveys.StateOfAsync(year, payload.User.Id, ct);
        if (state == FollowUpState.Open && !string.IsNullOrEmpty(payload.TriggerId))
        {
            await slack.OpenViewAsync(payload.TriggerId, FollowUpModal.Build(year), ct);
            return;
        }
        await messenger.ReplyToAsync(payload, new SlackMessage(FollowUpSurveyService.Refusal(state)), ct: ct);
    }
}
