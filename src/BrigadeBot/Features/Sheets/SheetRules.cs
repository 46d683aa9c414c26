using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Sheets;

/// <summary>What a sheet may hold: lengths that keep its card within Slack's limits, and safe links.</summary>
public static class SheetRules
{
    public const int TitleMax = 150;
    public const int SummaryMax = 1500;
    public const int UrlMax = 500;
    public const int KeywordsInputMax = 500;
    public const int KeywordMax = 60;
    public const int KeywordsMax = 20;

    /// <summary>An http(s) address that can be linked in a message (no spaces, no <c>|</c>, <c>&lt;</c>, <c>&gt;</c>).</summary>
    public static bool IsWebUrl(string? url) => url is { Length: > 0 and <= UrlMax } && Mrkdwn.IsSafeLinkUrl(url);

    /// <summary>Keywords typed as a list separated by commas, semicolons or new lines; empty ones and repeats dropped.</summary>
    public static List<string> ParseKeywords(string? typed) =>
        (typed ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => MemberText.Cut(k, KeywordMax))
            .DistinctBy(SearchWords.Plain)
            .Take(KeywordsMax)
            .ToList();

    /// <summary>Why <paramref name="draft"/> cannot be stored, or <c>null</c> when it can (for callers other than the modal).</summary>
    public static string? Problem(SheetDraft draft) =>
        string.IsNullOrWhiteSpace(draft.Title) || draft.Title.Length > TitleMax ? "title"
        : string.IsNullOrWhiteSpace(draft.Summary) || draft.Summary.Length > SummaryMax ? "summary"
        : !IsWebUrl(draft.WebUrl) ? "web URL"
        : draft.PdfUrl is not null && !IsWebUrl(draft.PdfUrl) ? "PDF URL"
        : null;

}
