using BrigadeBot.Features.Common.Reports;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// The program's figures for one period. Totals are exact; breakdowns by person attributes (<see cref="PeopleByCategory"/>,
/// <see cref="PeopleBySessions"/>) have their small cells merged; people individually and in groups show « moins de N » when small. <see cref="GroupSessions"/> counts the distinct days and
/// themes of group accompaniments (facts carry no session). <see cref="Sections"/> are the features' own parts, by order.
/// </summary>
public sealed record ImpactReport(
    ReportPeriod Period,
    int MinCell,
    IReadOnlyList<CountRow> AccompanimentsByTheme,
    int Accompaniments,
    int Individual,
    int Group,
    int Absences,
    int People,
    int ReturningPeople,
    int PeopleIndividually,
    int PeopleInGroups,
    int GroupSessions,
    IReadOnlyList<ThemeFormatRow> ThemesByFormat,
    IReadOnlyList<CountRow> PeopleBySessions,
    IReadOnlyList<CountRow> PeopleByCategory,
    SurveyFigures Survey,
    int CodevMeetings,
    int CodevRegistrations,
    int? CodevAttendances,
    int? WatchItemsPublished,
    int? SheetsShared,
    IReadOnlyList<ImpactSectionContent> Sections)
{
    /// <summary>Accompaniments per person reached.</summary>
    public decimal SessionsPerPerson => People == 0 ? 0 : Math.Round((decimal)Accompaniments / People, 2);
}
