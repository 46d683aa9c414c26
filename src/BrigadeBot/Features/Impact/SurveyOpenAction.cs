using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Impact;

/// <summary>« Donner mon avis » on the follow-up DM: opens the survey, or says why not (answered, closed).</summary>
public sealed class SurveyOpenAction(SurveyService surveys, ISlackApi slack, SlackMessenger messenger) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var member = payload.User.Id;
        var bookingId = action.Value ?? "";
        var state = bookingId.Length == 0 ? SurveyState.NotYours : await surveys.StateOfAsync(bookingId, member, ct);
        if (state == SurveyState.Open && !string.IsNullOrEmpty(payload.TriggerId))
        {
            await slack.OpenViewAsync(payload.TriggerId, SurveyModal.Build(bookingId, await surveys.ThemeNameOfAsync(bookingId, ct)), ct);
            return;
        }
        await messenger.ReplyToAsync(payload, new SlackMessage(SurveyService.Refusal(state)), ct: ct);
    }
}
