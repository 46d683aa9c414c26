namespace BrigadeBot.Features.Impact;

/// <summary>One row of the theme × format table: a theme or a report group, its accompaniments held individually and in groups.</summary>
public sealed record ThemeFormatRow(string Label, int Individual, int Group)
{
    public int Total => Individual + Group;
}
