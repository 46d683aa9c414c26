using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.KnowledgeSheets;

namespace BrigadeBot.Features.Sheets;

/// <summary>A theme of the catalogue with its summary sheet (if any) and how many active sheets it has.</summary>
public sealed record ThemeSheets(ThemeOptions Theme, Sheet? Summary, int Count)
{
    /// <summary>The theme's sheet link: its summary sheet's (as last edited), else the configured one; <c>null</c> when none is safe.</summary>
    public string? Url => new[] { Summary?.WebUrl, Summary?.PdfUrl, Theme.SheetUrl }.FirstOrDefault(SheetLimits.IsWebUrl);

    /// <summary>Each theme with its latest summary sheet among the <paramref name="active"/> ones.</summary>
    public static IReadOnlyList<ThemeSheets> Of(IEnumerable<ThemeOptions> themes, IReadOnlyList<Sheet> active)
    {
        var byTheme = active.ToLookup(s => s.ThemeSlug);
        return themes.Select(theme => new ThemeSheets(theme,
            byTheme[theme.Slug].Where(s => s.Origin == SheetOrigin.ThemeSummary)
                .OrderByDescending(s => s.PublishedOn).ThenByDescending(s => s.Id).FirstOrDefault(),
            byTheme[theme.Slug].Count())).ToList();
    }
}
