using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Sheets;

/// <summary>
/// « Partager dans le canal »: posts the sheet's card in the channel where the search was typed, in the member's name.
/// When the bot is not in that channel, the member is told how to invite it. A share that reached the channel is counted
/// for the report, without who shared it (sending a sheet to oneself by DM is not a share).
/// </summary>
public sealed class ShareSheetAction(SheetCatalog catalog, SheetShareStore shares, ISlackApi slack, SlackMessenger messenger,
    MemberLimits limits, TimeProvider time, ILogger<ShareSheetAction> log)
    : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var sheet = await messenger.ActiveSheetAsync(catalog, payload, action, ct);
        if (sheet is null) return;
        var channel = payload.ChannelId ?? SheetsIds.ParseValue(action.Value).ChannelId;
        if (string.IsNullOrEmpty(channel))
        {
            await messenger.ReplyToAsync(payload, SheetsTexts.ShareFailed, ct);
            return;
        }
        if (limits.TryTake(SheetsIds.ShareLimit, payload.User.Id) is { } refusal)
        {
            await messenger.ReplyToAsync(payload, refusal, ct);
            return;
        }
        try
        {
            var message = SheetCard.Message(sheet, catalog.ThemeName(sheet.ThemeSlug), SheetsTexts.SharedBy(payload.User.Id));
            await slack.PostMessageAsync(channel, message, ct);
        }
        catch (SlackApiException ex) when (ex.Error is "not_in_channel" or "channel_not_found")
        {
            await messenger.ReplyToAsync(payload, SheetsTexts.InviteMe, ct);
            return;
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Sheet {SheetId} could not be shared in {Channel} ({Error})", sheet.Id, channel, ex.Error);
            await messenger.ReplyToAsync(payload, SheetsTexts.ShareFailed, ct);
            return;
        }
        await shares.RecordAsync(sheet, time.GetUtcNow().UtcDateTime, ct);
    }
}
