using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Sheets;

/// <summary>« Modifier » (animators): opens the sheet's modal, prefilled.</summary>
public sealed class EditSheetAction(SheetCatalog catalog, ThemeCatalog themes, Animators animators, ISlackApi slack,
    SlackMessenger messenger) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (!animators.Contains(payload.User.Id))
        {
            await messenger.ReplyToAsync(payload, CommonTexts.AnimatorsOnly, ct);
            return;
        }
        var sheet = await messenger.ActiveSheetAsync(catalog, payload, action, ct);
        if (sheet is null) return;
        if (string.IsNullOrEmpty(payload.TriggerId))
        {
            await messenger.ReplyToAsync(payload, CommonTexts.Apology, ct);
            return;
        }
        await slack.OpenViewAsync(payload.TriggerId, SheetModal.Build(themes.All, sheet, catalog.Today), ct);
    }
}
