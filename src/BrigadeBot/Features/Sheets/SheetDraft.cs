namespace BrigadeBot.Features.Sheets;

/// <summary>What a person (or the codevelopment feature) gives to publish or edit a sheet.</summary>
public sealed record SheetDraft(
    string Title,
    string ThemeSlug,
    string Summary,
    string WebUrl,
    string? PdfUrl,
    IReadOnlyList<string> Keywords,
    SheetOrigin Origin,
    DateOnly PublishedOn);
