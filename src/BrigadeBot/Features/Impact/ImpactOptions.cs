namespace BrigadeBot.Features.Impact;

/// <summary><c>Brigade:Survey</c>.</summary>
public sealed class SurveyOptions
{
    public const string Section = "Brigade:Survey";

    /// <summary>Days after the session during which its survey may be answered.</summary>
    public int OpenDays { get; set; } = 30;
}

/// <summary><c>Brigade:Impact</c>.</summary>
public sealed class ImpactOptions
{
    public const string Section = "Brigade:Impact";

    /// <summary>First day of the program year, « MM-DD ».</summary>
    public string YearStart { get; set; } = "04-01";
}

/// <summary>
/// The one key of the <c>Privacy</c> section the report needs. The privacy feature may bring its own options class for
/// the whole section; this one then goes and the report reads that one.
/// </summary>
public sealed class StatsPrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>The smallest group of people shown in a breakdown by person attributes.</summary>
    public int StatsMinCell { get; set; } = 5;
}
