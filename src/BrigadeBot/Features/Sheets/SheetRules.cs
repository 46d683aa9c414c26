using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.KnowledgeSheets;

namespace BrigadeBot.Features.Sheets;

/// <summary>What a sheet may hold beyond <see cref="SheetLimits"/>: keywords, and the check of a whole draft.</summary>
public static class SheetRules
{
    public const int KeywordsInputMax = 500;
    public const int KeywordMax = 60;
    public const int KeywordsMax = 20;

    /// <summary>Keywords typed as a list separated by commas, semicolons or new lines; empty ones and repeats dropped.</summary>
    public static List<string> ParseKeywords(string? typed) =>
        (typed ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => MemberText.Cut(k, KeywordMax))
            .DistinctBy(SearchWords.Plain)
            .Take(KeywordsMax)
            .ToList();

    /// <summary>Why <paramref name="draft"/> cannot be stored, or <c>null</c> when it can (for callers other than the modal).</summary>
    public static string? Problem(SheetDraft draft) =>
        string.IsNullOrWhiteSpace(draft.Title) || draft.Title.Length > SheetLimits.TitleMax ? "title"
        : string.IsNullOrWhiteSpace(draft.Summary) || draft.Summary.Length > SheetLimits.SummaryMax ? "summary"
        : !SheetLimits.IsWebUrl(draft.WebUrl) ? "web URL"
        : draft.PdfUrl is not null && !SheetLimits.IsWebUrl(draft.PdfUrl) ? "PDF URL"
        : null;

}
