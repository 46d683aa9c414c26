namespace BrigadeBot.Features.Common.Surveys;

/// <summary><c>Brigade:Survey</c>: the rules every survey the bot sends after an activity follows.</summary>
public sealed class SurveyOptions
{
    public const string Section = "Brigade:Survey";

    /// <summary>Days after the activity during which its survey may be answered.</summary>
    public int OpenDays { get; set; } = 30;
}
