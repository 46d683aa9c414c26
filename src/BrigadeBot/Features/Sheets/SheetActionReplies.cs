using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Sheets;

internal static class SheetActionReplies
{
    /// <summary>A short answer only the person who clicked sees, where they clicked.</summary>
    public static Task TellAsync(this SlackMessenger messenger, BlockActionsPayload payload, string mrkdwn, CancellationToken ct) =>
        messenger.ReplyEphemeralAsync(payload.ResponseUrl, payload.ChannelId, payload.User.Id, new SlackMessage(mrkdwn), ct: ct);

    /// <summary>The active sheet a button names, or <c>null</c> when it no longer exists or was retired.</summary>
    public static Sheet? ActiveSheet(this SheetCatalog catalog, BlockAction action) =>
        catalog.Find(SheetsIds.ParseValue(action.Value).SheetId) is { IsRetired: false } sheet ? sheet : null;
}
