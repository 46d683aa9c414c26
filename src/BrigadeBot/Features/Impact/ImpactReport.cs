namespace BrigadeBot.Features.Impact;

/// <summary>
/// The program's figures for one period. Totals are exact; breakdowns by person attributes (<see cref="PeopleByCategory"/>,
/// <see cref="PeopleBySessions"/>) have their small cells merged.
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
    IReadOnlyList<CountRow> PeopleBySessions,
    IReadOnlyList<CountRow> PeopleByCategory,
    SurveyFigures Survey,
    int CodevMeetings,
    int CodevRegistrations,
    int? WatchItemsPublished,
    int? SheetsShared)
{
    /// <summary>Accompaniments per person reached.</summary>
    public decimal SessionsPerPerson => People == 0 ? 0 : Math.Round((decimal)Accompaniments / People, 2);
}
