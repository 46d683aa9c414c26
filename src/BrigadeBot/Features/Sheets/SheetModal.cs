using System.Globalization;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.KnowledgeSheets;

namespace BrigadeBot.Features.Sheets;

/// <summary>The modal that publishes a sheet (or edits one, prefilled): <see cref="Build"/> and its twin <see cref="Read"/>.</summary>
public static class SheetModal
{
    private static readonly SheetOrigin[] Origins = Enum.GetValues<SheetOrigin>();

    /// <summary>The publishing modal, or the edit modal of <paramref name="sheet"/> when given.</summary>
    public static ModalView Build(IReadOnlyList<ThemeOptions> themes, Sheet? sheet, DateOnly today)
    {
        var themeOptions = themes.Where(t => t.Slug.Length <= 150).Take(100).Select(ThemeOption).ToList();
        var theme = sheet is null ? null : themes.FirstOrDefault(t => t.Slug == sheet.ThemeSlug);
        var blocks = new List<Block>
        {
            Input(SheetsIds.TitleBlock, SheetsTexts.TitleLabel,
                new PlainTextInput(SheetsIds.Value, Initial(sheet?.Title, SheetLimits.TitleMax), maxLength: SheetLimits.TitleMax)),
            Input(SheetsIds.ThemeBlock, SheetsTexts.ThemeLabel, new StaticSelect(SheetsIds.Value, themeOptions,
                theme is null ? null : ThemeOption(theme), SheetsTexts.ThemePlaceholder)),
            Input(SheetsIds.SummaryBlock, SheetsTexts.SummaryLabel, new PlainTextInput(SheetsIds.Value,
                Initial(sheet?.Summary, SheetLimits.SummaryMax), multiline: true, maxLength: SheetLimits.SummaryMax)),
            Input(SheetsIds.WebUrlBlock, SheetsTexts.WebUrlLabel,
                new UrlTextInput(SheetsIds.Value, Url(sheet?.WebUrl), "https://"), SheetsTexts.WebUrlHint),
            Input(SheetsIds.PdfUrlBlock, SheetsTexts.PdfUrlLabel, new UrlTextInput(SheetsIds.Value, Url(sheet?.PdfUrl), "https://"),
                optional: true),
            Input(SheetsIds.KeywordsBlock, SheetsTexts.KeywordsLabel, new PlainTextInput(SheetsIds.Value,
                Initial(sheet is null ? null : string.Join(", ", sheet.Keywords), SheetRules.KeywordsInputMax),
                maxLength: SheetRules.KeywordsInputMax), SheetsTexts.KeywordsHint, optional: true),
            Input(SheetsIds.OriginBlock, SheetsTexts.OriginLabel, new StaticSelect(SheetsIds.Value, Origins.Select(OriginOption),
                OriginOption(sheet?.Origin ?? SheetOrigin.ThemeSummary))),
            Input(SheetsIds.PublishedOnBlock, SheetsTexts.PublishedOnLabel, new DatePicker(SheetsIds.Value, sheet?.PublishedOn ?? today)),
        };
        return sheet is null
            ? new ModalView(SheetsTexts.CreateModalTitle, blocks, SheetsTexts.PublishButton, CommonTexts.Cancel, SheetsIds.CreateModal)
            : new ModalView(SheetsTexts.EditModalTitle, blocks, SheetsTexts.SaveButton, CommonTexts.Cancel, SheetsIds.EditModal,
                sheet.Id.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The draft typed in the modal, or the message to show under each field that is wrong.</summary>
    public static (SheetDraft? Draft, IReadOnlyDictionary<string, string> Errors) Read(ViewPayload view,
        IReadOnlyList<ThemeOptions> themes, DateOnly today)
    {
        var state = view.State;
        var errors = new Dictionary<string, string>();
        var title = state.Text(SheetsIds.TitleBlock, SheetsIds.Value);
        if (title is null) errors[SheetsIds.TitleBlock] = SheetsTexts.TitleRequired;
        else if (title.Length > SheetLimits.TitleMax) errors[SheetsIds.TitleBlock] = SheetsTexts.TitleTooLong;
        var theme = state.Text(SheetsIds.ThemeBlock, SheetsIds.Value);
        if (theme is null || themes.All(t => t.Slug != theme)) errors[SheetsIds.ThemeBlock] = SheetsTexts.ThemeRequired;
        var summary = state.Text(SheetsIds.SummaryBlock, SheetsIds.Value);
        if (summary is null) errors[SheetsIds.SummaryBlock] = SheetsTexts.SummaryRequired;
        else if (summary.Length > SheetLimits.SummaryMax) errors[SheetsIds.SummaryBlock] = SheetsTexts.SummaryTooLong;
        var webUrl = state.Text(SheetsIds.WebUrlBlock, SheetsIds.Value);
        if (!SheetLimits.IsWebUrl(webUrl)) errors[SheetsIds.WebUrlBlock] = SheetsTexts.WebUrlInvalid;
        var pdfUrl = state.Text(SheetsIds.PdfUrlBlock, SheetsIds.Value);
        if (pdfUrl is not null && !SheetLimits.IsWebUrl(pdfUrl)) errors[SheetsIds.PdfUrlBlock] = SheetsTexts.WebUrlInvalid;
        var date = state.Text(SheetsIds.PublishedOnBlock, SheetsIds.Value);
        var publishedOn = today;
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out publishedOn))
            errors[SheetsIds.PublishedOnBlock] = SheetsTexts.DateInvalid;
        if (errors.Count > 0) return (null, errors);

        var origin = Enum.TryParse<SheetOrigin>(state.Text(SheetsIds.OriginBlock, SheetsIds.Value), out var o) && Enum.IsDefined(o)
            ? o : SheetOrigin.ThemeSummary;
        var keywords = SheetRules.ParseKeywords(state.Text(SheetsIds.KeywordsBlock, SheetsIds.Value));
        return (new SheetDraft(title!, theme!, summary!, webUrl!, pdfUrl, keywords, origin, publishedOn), errors);
    }

    private static InputBlock Input(string blockId, string label, BlockElement element, string? hint = null, bool optional = false) =>
        new(blockId, label, element, hint, optional);

    private static Option ThemeOption(ThemeOptions theme) => new(MemberText.Cut(theme.Name, 75), theme.Slug);

    private static Option OriginOption(SheetOrigin origin) => new(SheetsTexts.Origin(origin), origin.ToString());

    private static string? Initial(string? text, int max) => text is null ? null : MemberText.Cut(text, max);

    private static string? Url(string? url) => SheetLimits.IsWebUrl(url) ? url : null;
}
