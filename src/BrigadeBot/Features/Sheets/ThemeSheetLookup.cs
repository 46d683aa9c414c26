using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.KnowledgeSheets;

namespace BrigadeBot.Features.Sheets;

/// <summary><see cref="IThemeSheets"/> over the catalogue: the theme's summary sheet as edited with <c>fiche</c>.</summary>
public sealed class ThemeSheetLookup(SheetStore store, ThemeCatalog themes) : IThemeSheets
{
    public async Task<ThemeSheet?> OfThemeAsync(string themeSlug, CancellationToken ct)
    {
        if (themes.BySlug(themeSlug) is not { } theme) return null;
        var entry = ThemeSheets.Of([theme], await store.ActiveAsync(ct))[0];
        return entry.Url is { } url
            ? new ThemeSheet(entry.Summary?.Title ?? theme.Name, entry.Summary?.Summary ?? theme.Description, url)
            : null;
    }
}
