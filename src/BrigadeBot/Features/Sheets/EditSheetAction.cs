using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Sheets;

/// <summary>« Modifier » (animators): opens the sheet's modal, prefilled.</summary>
public sealed class EditSheetAction(SheetCatalog catalog, ThemeCatalog themes, Animators animators, ISlackApi slack,
    SlackMessenger messenger) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var sheet = await Messenger.ActiveSheetAsync(catalog, payload, action, ct);
        if (sheet is null) return;
        if (string.IsNullOrEmpty(payload.TriggerId))
        {
            await Messenger.ReplyToAsync(payload, CommonTexts.Apology, ct);
            return;
        }
        await slack.OpenViewAsync(payload.TriggerId, SheetModal.Build(themes.All, sheet, catalog.Today), ct);
    }
}
