namespace BrigadeBot.Features.Sheets;

/// <summary>One sheet shared in a channel, kept without who shared it: only the report counts these.</summary>
public sealed class SheetShare
{
    public int Id { get; set; }
    public int SheetId { get; set; }
    public string ThemeSlug { get; set; } = "";
    public DateTime AtUtc { get; set; }
}
