namespace BrigadeBot.Features.Common;

/// <summary>One coaching theme: a stable slug, its French name, a one-line description and its summary sheet.</summary>
public sealed class ThemeOptions
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string? SheetUrl { get; set; }
}
