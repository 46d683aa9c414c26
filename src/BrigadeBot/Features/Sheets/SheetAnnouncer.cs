using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Sheets;

/// <summary>
/// Announces a new sheet in <c>Brigade:Channels:Sheets</c>. When that is impossible (no channel configured, the bot
/// not invited), the author is told by DM that the sheet is published but not announced.
/// </summary>
public sealed class SheetAnnouncer(SheetStore store, ThemeCatalog themes, ISlackApi slack, SlackMessenger messenger,
    IOptionsMonitor<SheetsChannelOptions> options, ILogger<SheetAnnouncer> log)
{
    public async Task AnnounceAsync(int sheetId, CancellationToken ct)
    {
        var sheet = await store.FindAsync(sheetId, ct);
        if (sheet is null || sheet.IsRetired) return;
        var channel = options.CurrentValue.Channel;
        if (string.IsNullOrEmpty(channel))
        {
            log.LogWarning("Brigade:Channels:Sheets is empty: sheet {SheetId} was not announced", sheet.Id);
            await TellAuthorAsync(sheet, SheetsTexts.PublishedNoChannel(sheet.Title), ct);
            return;
        }
        try
        {
            await slack.PostMessageAsync(channel, Announcement(sheet), ct);
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Sheet {SheetId} could not be announced in {Channel} ({Error})", sheet.Id, channel, ex.Error);
            await TellAuthorAsync(sheet, SheetsTexts.PublishedNotAnnounced(sheet.Title, channel), ct);
        }
    }

    private SlackMessage Announcement(Sheet sheet) => new(SheetsTexts.AnnouncementFallback(sheet.Title),
        [new HeaderBlock(SheetsTexts.AnnouncementHeader), .. SheetCard.Blocks(sheet, themes.BySlug(sheet.ThemeSlug)?.Name)]);

    private async Task TellAuthorAsync(Sheet sheet, string text, CancellationToken ct)
    {
        if (sheet.AuthorId is null) return;
        try
        {
            await messenger.SendDirectAsync(sheet.AuthorId, new SlackMessage(text), ct);
        }
        catch (SlackApiException ex)
        {
            log.LogError("Could not tell the author of sheet {SheetId} that it was not announced ({Error})", sheet.Id, ex.Error);
        }
    }
}
