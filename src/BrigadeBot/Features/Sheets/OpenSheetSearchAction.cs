using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Sheets;

/// <summary>« Chercher une fiche » on the App Home: opens the search modal (the Home has no channel to answer in).</summary>
public sealed class OpenSheetSearchAction(ISlackApi slack, SlackMessenger messenger, ILogger<OpenSheetSearchAction> log)
    : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(payload.TriggerId))
        {
            try
            {
                await slack.OpenViewAsync(payload.TriggerId, SheetSearchModal.Build(), ct);
                return;
            }
            catch (SlackApiException ex)
            {
                log.LogWarning("The sheet search modal could not be opened ({Error})", ex.Error);
            }
        }
        await messenger.SendDirectAsync(payload.User.Id, new SlackMessage(CommonTexts.Apology), ct);
    }
}
