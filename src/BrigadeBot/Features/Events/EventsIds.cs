namespace BrigadeBot.Features.Events;

/// <summary>Slack ids of the events feature, shared by the view builders and the routes.</summary>
public static class EventsIds
{
    public const string Evenement = "evenement";
    public const string Evenements = "evenements";
    /// <summary>The <c>Brigade:Limits</c> entry of conferences an animator may create.</summary>
    public const string CreationsLimit = "events";

    public const string CreateModal = "events.create";
    public const string EditModal = "events.edit";
    public const string TitleBlock = "events.title";
    public const string SpeakersBlock = "events.speakers";
    public const string DateBlock = "events.date";
    public const string StartBlock = "events.start";
    public const string DurationBlock = "events.duration";
    public const string FormatBlock = "events.format";
    public const string PlaceBlock = "events.place";
    public const string LinkBlock = "events.link";
    public const string CapacityBlock = "events.capacity";
    public const string ThemeBlock = "events.theme";
    public const string DescriptionBlock = "events.description";

    public const string Register = "events.register";
    public const string Unregister = "events.unregister";
    public const string Edit = "events.edit-open";
    public const string Cancel = "events.cancel";
    public const string Attendance = "events.attendance-open";

    public const string AttendanceModal = "events.attendance";
    public static string PresentBlock(int index) => $"events.present.{index}";
    public const string ReplayBlock = "events.replay";

    public const string SurveyOpen = "events.survey-open";
    public const string SurveyModal = "events.survey";
    public const string ExpectationsBlock = "events.survey.expectations";
    public const string ProgressBlock = "events.survey.progress";
    public const string CommentBlock = "events.survey.comment";

    /// <summary>The list of coming registrations in <c>/brigade corriger</c>'s modal.</summary>
    public const string CorrectionBlock = "events.correct-leave";
    public static string HomeBlock(int id) => $"events.home.{id}";

    /// <summary>The one action_id of every input: view state is keyed by block_id, then by this.</summary>
    public const string Input = "value";
}
