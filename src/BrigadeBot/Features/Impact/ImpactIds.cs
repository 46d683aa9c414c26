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

    public const string FollowUpOpen = "impact.followup.open";
    public const string FollowUpModal = "impact.followup";
    public const string FollowUpShared = "impact.followup.shared";
    public const string FollowUpStep = "impact.followup.step";
    public const string FollowUpHelpful = "impact.followup.helpful";
    public const string FollowUpStage = "impact.followup.stage";
    public const string FollowUpTestimonial = "impact.followup.testimonial";
    public const string FollowUpConsent = "impact.followup.consent";
    public const string FollowUpSignature = "impact.followup.signature";
    public const string FollowUpFirstName = "impact.followup.firstname";
    public const string Publish = "publish";

    public const string ReportFiles = "impact.report.files";
}
