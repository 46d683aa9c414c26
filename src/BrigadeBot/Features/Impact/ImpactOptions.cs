namespace BrigadeBot.Features.Impact;

/// <summary><c>Brigade:Impact</c>.</summary>
public sealed class ImpactOptions
{
    public const string Section = "Brigade:Impact";

    /// <summary>First day of the program year, « MM-DD ».</summary>
    public string YearStart { get; set; } = "04-01";
}
