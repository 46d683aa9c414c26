namespace BrigadeBot.Features.Common;

/// <summary>The figures the impact report asks the features for, by name.</summary>
public static class ImpactFigures
{
    /// <summary>Participants marked absent at sessions of the period.</summary>
    public const string Absences = "absences";
    public const string CodevMeetingsHeld = "codev-meetings-held";
    /// <summary>Registrations to the codev meetings held in the period.</summary>
    public const string CodevRegistrations = "codev-registrations";
    public const string CodevAttendances = "codev-attendances";
    public const string WatchItemsPublished = "watch-items-published";
    public const string SheetsShared = "sheets-shared";
}
