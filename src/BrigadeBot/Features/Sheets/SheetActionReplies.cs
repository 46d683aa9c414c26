using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Sheets;

internal static class SheetActionReplies
{
    /// <summary>The active sheet a button names; when it no longer exists or was retired, the person is told so and it is <c>null</c>.</summary>
    public static async Task<Sheet?> ActiveSheetAsync(this SlackMessenger messenger, SheetCatalog catalog,
        BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (await catalog.FindAsync(SheetsIds.ParseValue(action.Value).SheetId, ct) is { IsRetired: false } sheet) return sheet;
        await messenger.ReplyToAsync(payload, SheetsTexts.Gone, ct);
        return null;
    }
}
