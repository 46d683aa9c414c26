using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Reports;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Impact;

/// <summary>Computes the <see cref="ImpactReport"/> of a period from the facts of sessions held, the survey answers and the features' counters.</summary>
public sealed class ImpactReportBuilder(IImpactSource source, SurveyStore surveys, IEnumerable<IImpactCounter> counters,
    IEnumerable<IImpactSection> sections, ThemeCatalog themes, IOptionsMonitor<StatisticsOptions> statistics)
{
    public int MinCell => Math.Max(1, statistics.CurrentValue.StatsMinCell);

    public async Task<ImpactReport> BuildAsync(ReportPeriod period, CancellationToken ct)
    {
        var held = await source.HeldAsync(period, ct);
        var perPerson = held.GroupBy(f => f.PersonKey).ToList();
        var min = MinCell;
        return new ImpactReport(
            period,
            min,
            ByTheme(held),
            held.Count,
            held.Count(f => !f.Group),
            held.Count(f => f.Group),
            await CountAsync(ImpactFigures.Absences, period, ct) ?? 0,
            perPerson.Count,
            perPerson.Count(p => p.Count() > 1),
            held.Where(f => !f.Group).Select(f => f.PersonKey).Distinct().Count(),
            held.Where(f => f.Group).Select(f => f.PersonKey).Distinct().Count(),
            held.Where(f => f.Group).Select(f => (f.Day, f.ThemeSlug)).Distinct().Count(),
            ByThemeAndFormat(held),
            SmallCells.MergeTail(
                [(1, perPerson.Count(p => p.Count() == 1)), (2, perPerson.Count(p => p.Count() == 2)),
                 (3, perPerson.Count(p => p.Count() == 3)), (4, perPerson.Count(p => p.Count() >= 4))],
                ReportTexts.SessionsAtLeast, ReportTexts.SessionsExactly, min),
            SmallCells.MergeInto(ByCategory(perPerson.Select(p => p.First().Category)), ReportTexts.CategoryMerged, min),
            SurveyFigures(await surveys.AnswersBetweenAsync(period.FirstMonth, period.LastMonth, ct), held.Count),
            await CountAsync(ImpactFigures.CodevMeetingsHeld, period, ct) ?? 0,
            await CountAsync(ImpactFigures.CodevRegistrations, period, ct) ?? 0,
            await CountAsync(ImpactFigures.CodevAttendances, period, ct),
            await CountAsync(ImpactFigures.WatchItemsPublished, period, ct),
            await CountAsync(ImpactFigures.SheetsShared, period, ct),
            await SectionsAsync(period, min, ct));
    }

    private IReadOnlyList<CountRow> ByTheme(IReadOnlyList<AccompanimentFact> held)
    {
        var rows = themes.All.Select(t => new CountRow(t.Name, held.Count(f => f.ThemeSlug == t.Slug))).ToList();
        rows.AddRange(held.Where(f => themes.BySlug(f.ThemeSlug) is null).GroupBy(f => f.ThemeSlug).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CountRow(g.Key, g.Count())));
        return rows;
    }

    /// <summary>A row per report group or theme, in catalogue order (a group where its first theme stands), then unknown slugs.</summary>
    private IReadOnlyList<ThemeFormatRow> ByThemeAndFormat(IReadOnlyList<AccompanimentFact> held)
    {
        string RowOf(string slug) => themes.BySlug(slug) is { } theme ? string.IsNullOrWhiteSpace(theme.ReportGroup) ? theme.Name : theme.ReportGroup.Trim() : slug;
        var labels = themes.All.Select(t => RowOf(t.Slug))
            .Concat(held.Where(f => themes.BySlug(f.ThemeSlug) is null).Select(f => f.ThemeSlug).Order(StringComparer.Ordinal))
            .Distinct().ToList();
        return labels.Select(label =>
        {
            var facts = held.Where(f => RowOf(f.ThemeSlug) == label).ToList();
            return new ThemeFormatRow(label, facts.Count(f => !f.Group), facts.Count(f => f.Group));
        }).ToList();
    }

    private async Task<IReadOnlyList<ImpactSectionContent>> SectionsAsync(ReportPeriod period, int min, CancellationToken ct)
    {
        var contents = new List<ImpactSectionContent>();
        foreach (var section in sections.OrderBy(s => s.Order)) contents.Add(await section.BuildAsync(period.Days, min, ct));
        return contents;
    }

    private static List<CountRow> ByCategory(IEnumerable<string?> categories)
    {
        var list = categories.ToList();
        var rows = StoredImpactSource.Categories.Select(c => new CountRow(ReportTexts.CategoryName(c), list.Count(x => x == c))).ToList();
        rows.Add(new CountRow(ReportTexts.CategoryUnknown, list.Count(x => x is null)));
        return rows;
    }

    private static SurveyFigures SurveyFigures(IReadOnlyList<SurveyAnswer> answers, int held)
    {
        decimal? Mean(Func<SurveyAnswer, int> value) =>
            answers.Count == 0 ? null : Math.Round((decimal)answers.Sum(value) / answers.Count, 1, MidpointRounding.AwayFromZero);
        return new SurveyFigures(
            answers.Count,
            Percentage.Of(answers.Count, held),
            Mean(a => a.Satisfaction),
            Enumerable.Range(1, 5).Select(n => new CountRow(ReportTexts.SatisfactionRow(n), answers.Count(a => a.Satisfaction == n))).ToList(),
            ImpactTexts.ProgressChoices.Select(p => new CountRow(p.Label, answers.Count(a => a.Progress == p.Value))).ToList(),
            answers.Sum(a => a.Transfer),
            Mean(a => a.Transfer));
    }

    private async Task<int?> CountAsync(string figure, ReportPeriod period, CancellationToken ct)
    {
        foreach (var counter in counters)
            if (await counter.CountAsync(figure, period.Days, ct) is { } count) return count;
        return null;
    }
}
