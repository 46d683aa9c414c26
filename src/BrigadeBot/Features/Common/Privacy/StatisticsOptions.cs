namespace BrigadeBot.Features.Common.Privacy;

/// <summary>The rule every breakdown of the program's statistics follows (<c>Privacy:StatsMinCell</c>).</summary>
public sealed class StatisticsOptions
{
    public const string Section = "Privacy";

    /// <summary>The smallest group of people a breakdown may show (smaller cells are hidden).</summary>
    public int StatsMinCell { get; set; } = 5;
}
