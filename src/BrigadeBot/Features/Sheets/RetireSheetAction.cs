using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Sheets;

/// <summary>« Retirer » (animators, after a confirmation): the sheet leaves the searches and stays in storage.</summary>
public sealed class RetireSheetAction(SheetCatalog catalog, Animators animators, SlackMessenger messenger) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var sheet = await catalog.RetireAsync(SheetsIds.ParseValue(action.Value).SheetId, payload.User.Id, ct);
        await Messenger.ReplyToAsync(payload, sheet is null ? SheetsTexts.Gone : SheetsTexts.RetiredDone(sheet.Title), ct);
    }
}
