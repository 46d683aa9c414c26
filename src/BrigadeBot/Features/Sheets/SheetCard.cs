using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common.KnowledgeSheets;

namespace BrigadeBot.Features.Sheets;

/// <summary>
/// How a sheet shows in Slack: its linked title, summary and links, then its theme, origin, date and author.
/// Whatever the stored text, the card stays within Slack's 3000 characters per section.
/// </summary>
public static class SheetCard
{
    private const int SectionMax = 3000;

    public static IReadOnlyList<Block> Blocks(Sheet sheet, string? themeName) =>
        [Body(sheet), ContextBlock.Markdown(Details(sheet, themeName))];

    public static SlackMessage Message(Sheet sheet, string? themeName, string? footer = null)
    {
        var blocks = Blocks(sheet, themeName).ToList();
        if (footer is not null) blocks.Add(ContextBlock.Markdown(footer));
        return new SlackMessage(SheetsTexts.Fallback(sheet.Title), blocks);
    }

    private static SectionBlock Body(Sheet sheet)
    {
        var title = SheetLimits.IsWebUrl(sheet.WebUrl)
            ? $"*{Mrkdwn.Link(sheet.WebUrl!, sheet.Title)}*"
            : $"*{Mrkdwn.Escape(sheet.Title)}*";
        var links = new List<string>();
        if (SheetLimits.IsWebUrl(sheet.WebUrl)) links.Add(":link: " + Mrkdwn.Link(sheet.WebUrl!, SheetsTexts.ReadLink));
        if (SheetLimits.IsWebUrl(sheet.PdfUrl)) links.Add(":page_facing_up: " + Mrkdwn.Link(sheet.PdfUrl!, SheetsTexts.PdfLink));
        var tail = links.Count > 0 ? "\n" + string.Join("   ", links) : "";
        var room = SectionMax - title.Length - tail.Length - 1;
        var summary = room < 1 ? "" : MemberText.ForMrkdwn(sheet.Summary, room);
        return SectionBlock.Markdown(title + (summary.Length > 0 ? "\n" + summary : "") + tail);
    }

    private static string Details(Sheet sheet, string? themeName) => string.Join(" · ",
        Mrkdwn.Escape(themeName ?? sheet.ThemeSlug),
        SheetsTexts.Origin(sheet.Origin),
        SheetsTexts.Published(sheet.PublishedOn),
        SheetsTexts.By(sheet.AuthorId));
}
