namespace BrigadeBot.Features.Impact;

/// <summary>Slack ids of the impact feature (surveys, report), shared by view builders and routes.</summary>
public static class ImpactIds
{
    public const string Bilan = "bilan";
    /// <summary>The <c>Brigade:Limits</c> entry of full reports (files by DM) an animator may ask for.</summary>
    public const string ReportFilesLimit = "reports";

    public const string SurveyOpen = "impact.survey.open";
    public const string SurveyModal = "impact.survey";
    public const string Satisfaction = "impact.survey.satisfaction";
    public const string Progress = "impact.survey.progress";
    public const string Transfer = "impact.survey.transfer";
    public const string Comment = "impact.survey.comment";
    public const string Value = "value";

    public const string ReportFiles = "impact.report.files";
}
