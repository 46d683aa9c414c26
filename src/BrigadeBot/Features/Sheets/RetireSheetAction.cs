using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Sheets;

/// <summary>« Retirer » (animators, after a confirmation): the sheet leaves the searches and stays in storage.</summary>
public sealed class RetireSheetAction(SheetCatalog catalog, Animators animators, SlackMessenger messenger) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (!animators.Contains(payload.User.Id))
        {
            await messenger.ReplyToAsync(payload, CommonTexts.AnimatorsOnly, ct);
            return;
        }
        var sheet = await catalog.RetireAsync(SheetsIds.ParseValue(action.Value).SheetId, payload.User.Id, ct);
        await messenger.ReplyToAsync(payload, sheet is null ? SheetsTexts.Gone : SheetsTexts.RetiredDone(sheet.Title), ct);
    }
}
