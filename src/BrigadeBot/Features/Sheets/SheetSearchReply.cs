using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Sheets;

/// <summary>The ephemeral answers of <c>/brigade fiche</c>: results with their buttons, or the themes and their sheets.</summary>
public static class SheetSearchReply
{
    private const int SectionMax = 3000;
    private const int MaxThemeSections = 40; // the message keeps room for its header and tips within 50 blocks

    public static SlackMessage Results(string query, IReadOnlyList<Sheet> sheets, string channelId, bool isAnimator,
        Func<string, string?> themeName) =>
        new(SheetsTexts.Results(query, sheets.Count), ResultBlocks(query, sheets, themeName, channelId, isAnimator));

    /// <summary>
    /// The results, each card followed by its buttons when the search was typed in a channel
    /// (<paramref name="channelId"/>); without a channel (the App Home's modal) the cards only.
    /// </summary>
    public static List<Block> ResultBlocks(string query, IReadOnlyList<Sheet> sheets, Func<string, string?> themeName,
        string? channelId = null, bool isAnimator = false)
    {
        var blocks = new List<Block> { SectionBlock.Markdown(SheetsTexts.Results(query, sheets.Count)) };
        foreach (var sheet in sheets)
        {
            blocks.Add(new DividerBlock());
            blocks.AddRange(SheetCard.Blocks(sheet, themeName(sheet.ThemeSlug)));
            if (channelId is not null) blocks.Add(new ActionsBlock(Buttons(sheet, channelId, isAnimator), $"sheets.result.{sheet.Id}"));
        }
        return blocks;
    }

    public static SlackMessage NoMatch(string query, IReadOnlyList<ThemeSheets> themes, string command, bool isAnimator) =>
        new(SheetsTexts.NoMatch(query), [SectionBlock.Markdown(SheetsTexts.NoMatch(query)), .. ThemeBlocks(themes, command, isAnimator)]);

    public static SlackMessage Themes(IReadOnlyList<ThemeSheets> themes, string command, bool isAnimator) =>
        new(SheetsTexts.ThemesFallback, [new HeaderBlock(SheetsTexts.ThemesHeader), .. ThemeBlocks(themes, command, isAnimator)]);

    private static IEnumerable<Block> ThemeBlocks(IReadOnlyList<ThemeSheets> themes, string command, bool isAnimator)
    {
        foreach (var section in Pack(themes.Select(Line)).Take(MaxThemeSections))
            yield return SectionBlock.Markdown(section);
        yield return ContextBlock.Markdown(SheetsTexts.SearchTip(command));
        if (isAnimator) yield return ContextBlock.Markdown(SheetsTexts.AnimatorTip(command));
    }

    private static IEnumerable<BlockElement> Buttons(Sheet sheet, string channelId, bool isAnimator)
    {
        var id = sheet.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return new Button(SheetsIds.Share, SheetsTexts.Share, SheetsIds.ShareValue(sheet.Id, channelId), ButtonStyle.Primary,
            accessibilityLabel: SheetsTexts.ShareLabel(sheet.Title));
        yield return new Button(SheetsIds.SendByDm, SheetsTexts.SendByDm, id, accessibilityLabel: SheetsTexts.SendByDmLabel(sheet.Title));
        if (!isAnimator) yield break;
        yield return new Button(SheetsIds.Edit, SheetsTexts.Edit, id, accessibilityLabel: SheetsTexts.EditLabel(sheet.Title));
        yield return new Button(SheetsIds.Retire, SheetsTexts.Retire, id, ButtonStyle.Danger,
            confirm: new ConfirmDialog(SheetsTexts.RetireConfirmTitle, SheetsTexts.RetireConfirmText, SheetsTexts.Retire,
                Common.CommonTexts.Cancel, danger: true), accessibilityLabel: SheetsTexts.RetireLabel(sheet.Title));
    }

    private static string Line(ThemeSheets entry)
    {
        var url = entry.Url;
        return SheetsTexts.ThemeLine(entry.Theme.Name, url is null ? null : Mrkdwn.Link(url, SheetsTexts.SummaryLink), entry.Count);
    }

    // Lines joined into as few sections as Slack's 3000 characters per section allow.
    private static IEnumerable<string> Pack(IEnumerable<string> lines)
    {
        var current = "";
        foreach (var line in lines.Select(l => MemberText.Cut(l, SectionMax)))
        {
            if (current.Length > 0 && current.Length + 1 + line.Length > SectionMax)
            {
                yield return current;
                current = "";
            }
            current = current.Length == 0 ? line : current + "\n" + line;
        }
        if (current.Length > 0) yield return current;
    }
}
