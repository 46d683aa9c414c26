namespace BrigadeBot.Features.Common;

/// <summary>One coaching theme: a stable slug, its French name, a one-line description, its summary sheet and its report row.</summary>
public sealed class ThemeOptions
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string? SheetUrl { get; set; }
    /// <summary>The row of the impact report the theme counts in, shared with other themes (« Cybersécurité et Loi 25 »); none: its own name.</summary>
    public string? ReportGroup { get; set; }
}
