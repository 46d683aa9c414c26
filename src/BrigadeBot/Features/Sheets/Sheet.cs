using LiteDB;

namespace BrigadeBot.Features.Sheets;

/// <summary>A knowledge sheet (CC0) of the catalogue, as stored in <c>sheets</c>.</summary>
public sealed class Sheet
{
    [BsonId] public int Id { get; set; }
    public string Title { get; set; } = "";
    public string ThemeSlug { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? WebUrl { get; set; }
    public string? PdfUrl { get; set; }
    public List<string> Keywords { get; set; } = [];
    public SheetOrigin Origin { get; set; }
    public DateOnly PublishedOn { get; set; }

    /// <summary>Slack user id of the person who published it; <c>null</c> for the seeded theme summaries.</summary>
    public string? AuthorId { get; set; }

    /// <summary>Set on the theme summaries seeded from the catalogue (<c>theme:&lt;slug&gt;</c>), so a restart adds none twice.</summary>
    public string? SeedKey { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime? UpdatedAtUtc { get; set; }
    public string? UpdatedBy { get; set; }

    /// <summary>A retired sheet leaves the searches but stays in storage for the record.</summary>
    public DateTime? RetiredAtUtc { get; set; }
    public string? RetiredBy { get; set; }

    [BsonIgnore] public bool IsRetired => RetiredAtUtc is not null;
}
