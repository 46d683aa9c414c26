using System.Globalization;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Reports;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Events;

/// <summary>
/// The conferences' part of the report: how many were held in the period, registrations, attendances, and what their
/// surveys say; a CSV row per conference. A conference's survey figures show only from <c>minCell</c> answers on.
/// </summary>
public sealed class EventsImpactSection(EventStore events, EventSurveyStore surveys, BrigadeTimeZone zone) : IImpactSection
{
    public int Order => 30;

    public async Task<ImpactSectionContent> BuildAsync(ImpactPeriod period, int minCell, CancellationToken ct)
    {
        var (fromUtc, toUtc) = period.InUtc(zone);
        var held = await events.HeldBetweenAsync(fromUtc, toUtc, ct);
        var answers = await surveys.AnswersForAsync(held.Select(e => e.Id).ToList(), ct);
        var attendances = held.Sum(e => e.AttendedIds.Count);
        var lines = new List<string>
        {
            EventSurveyTexts.ReportCounts(held.Count, held.Sum(e => e.RegisteredIds.Count), attendances),
            EventSurveyTexts.ReportSurvey(answers.Count, attendances, Percent(answers.Count, attendances) ?? "—",
                answers.Count == 0 ? EventSurveyTexts.NoAnswer : answers.Count < minCell ? EventSurveyTexts.Hidden : Mean(answers),
                answers.Count == 0 ? EventSurveyTexts.NoAnswer : answers.Count < minCell ? EventSurveyTexts.Hidden
                    : Percent(answers.Count(a => a.Progress != LearningProgress.No), answers.Count)!),
        };
        var rows = held.Select(e => Row(e, answers.Where(a => a.EventId == e.Id).ToList(), minCell)).ToList();
        return new ImpactSectionContent(EventSurveyTexts.ReportTitle, lines,
            [new ReportTable(EventSurveyTexts.TableFile, EventSurveyTexts.TableTitle, EventSurveyTexts.TableHeader, rows)]);
    }

    private IReadOnlyList<string> Row(Conference conference, IReadOnlyList<EventSurveyAnswer> answers, int minCell)
    {
        var shown = answers.Count >= minCell && answers.Count > 0;
        return
        [
            DateOnly.FromDateTime(zone.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(conference.StartsAtUtc, DateTimeKind.Utc))).DateTime)
                .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            conference.Title,
            EventSurveyTexts.FormatName(conference.Format),
            conference.Capacity?.ToString(CultureInfo.InvariantCulture) ?? "",
            Number(conference.RegisteredIds.Count),
            Number(conference.AttendedIds.Count),
            Number(answers.Count),
            shown ? Decimal(answers.Average(a => a.Expectations)) : "",
            shown ? Decimal(100.0 * answers.Count(a => a.Progress == LearningProgress.Yes) / answers.Count) : "",
            shown ? Decimal(100.0 * answers.Count(a => a.Progress == LearningProgress.ALittle) / answers.Count) : "",
        ];
    }

    private static string Mean(IReadOnlyList<EventSurveyAnswer> answers) => EventSurveyTexts.Percent((int)Math.Round(answers.Average(a => a.Expectations)));

    private static string? Percent(int part, int whole) =>
        whole == 0 ? null : EventSurveyTexts.Percent((int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero));

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
    private static string Decimal(double d) => Math.Round(d, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
