namespace BrigadeBot.Features.Impact;

/// <summary><c>Brigade:Survey</c>.</summary>
public sealed class SurveyOptions
{
    public const string Section = "Brigade:Survey";

    /// <summary>Days after the session during which its survey may be answered.</summary>
    public int OpenDays { get; set; } = 30;
}
