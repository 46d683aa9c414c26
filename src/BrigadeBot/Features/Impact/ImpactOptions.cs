namespace BrigadeBot.Features.Impact;

/// <summary><c>Brigade:Impact</c>.</summary>
public sealed class ImpactOptions
{
    public const string Section = "Brigade:Impact";

    /// <summary>First day of the program year, « MM-DD ».</summary>
    public string YearStart { get; set; } = "04-01";

    /// <summary>Months after a member's first accompaniment of a program year when the follow-up survey goes.</summary>
    public int FollowUpSurveyMonths { get; set; } = 3;
}
