namespace BrigadeBot.Features.Impact;

/// <summary>The report's percentages: one decimal, halves away from zero, 0 of nothing.</summary>
public static class Percentage
{
    public static decimal Of(int count, int total) =>
        total == 0 ? 0 : Math.Round(100m * count / total, 1, MidpointRounding.AwayFromZero);
}
