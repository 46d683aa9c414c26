namespace BrigadeBot.Features.Common.KnowledgeSheets;

/// <summary>Adds a sheet written elsewhere (a codevelopment meeting's) to the knowledge sheet catalogue.</summary>
public interface ISheetPublisher
{
    /// <summary>
    /// Publishes the sheet, dated today, and announces it. Throws <see cref="ArgumentException"/> for a sheet outside
    /// <see cref="SheetLimits"/> or a theme outside the catalogue.
    /// </summary>
    Task PublishMeetingSheetAsync(string title, string themeSlug, string summary, string webUrl, string authorId, CancellationToken ct);
}
