using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Sheets;

/// <summary>« M'envoyer en message privé »: the sheet's card in the member's DM with the bot.</summary>
public sealed class SendSheetByDmAction(SheetCatalog catalog, SlackMessenger messenger, ILogger<SendSheetByDmAction> log)
    : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var sheet = await messenger.ActiveSheetAsync(catalog, payload, action, ct);
        if (sheet is null) return;
        try
        {
            await messenger.SendDirectAsync(payload.User.Id, SheetCard.Message(sheet, catalog.ThemeName(sheet.ThemeSlug)), ct);
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Sheet {SheetId} could not be sent by DM ({Error})", sheet.Id, ex.Error);
            await messenger.ReplyToAsync(payload, SheetsTexts.DmFailed, ct);
            return;
        }
        await messenger.ReplyToAsync(payload, SheetsTexts.SentByDm(sheet.Title), ct);
    }
}
