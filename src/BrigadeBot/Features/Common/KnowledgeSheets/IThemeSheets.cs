namespace BrigadeBot.Features.Common.KnowledgeSheets;

/// <summary>The knowledge sheet of a theme as the catalogue has it now (its link as last edited), for messages and documents.</summary>
public interface IThemeSheets
{
    /// <summary>The theme's summary sheet; <c>null</c> when the theme has no sheet with a usable link.</summary>
    Task<ThemeSheet?> OfThemeAsync(string themeSlug, CancellationToken ct);
}
