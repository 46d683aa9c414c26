using BrigadeBot.Features.Privacy;
using BrigadeBot.Hosting;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Impact;

/// <summary>Computes the <see cref="ImpactReport"/> of a period from the impact source, the survey answers and the counters.</summary>
public sealed class ImpactReportBuilder(IImpactSource source, SurveyStore surveys, IEnumerable<IImpactCounter> counters,
    ThemeCatalog themes, IOptionsMonitor<PrivacyOptions> privacy)
{
    public int MinCell => Math.Max(1, privacy.CurrentValue.StatsMinCell);

    public async Task<ImpactReport> BuildAsync(ReportPeriod period, CancellationToken ct)
    {
        var facts = await source.FactsAsync(period, ct);
        var held = facts.Held;
        var perPerson = held.GroupBy(f => f.PersonKey).ToList();
        var min = MinCell;
        return new ImpactReport(
            period,
            min,
            ByTheme(held),
            held.Count,
            held.Count(f => !f.Group),
            held.Count(f => f.Group),
            facts.Absences,
            perPerson.Count,
            perPerson.Count(p => p.Count() > 1),
            SmallCells.MergeTail(
                [(1, perPerson.Count(p => p.Count() == 1)), (2, perPerson.Count(p => p.Count() == 2)),
                 (3, perPerson.Count(p => p.Count() == 3)), (4, perPerson.Count(p => p.Count() >= 4))],
                ImpactTexts.SessionsAtLeast, ImpactTexts.SessionsExactly, min),
            SmallCells.MergeInto(ByCategory(perPerson.Select(p => p.First().Category)), ImpactTexts.CategoryMerged, min),
            SurveyFigures(await surveys.AnswersBetweenAsync(period.FirstMonth, period.LastMonth, ct), held.Count),
            facts.CodevMeetings.Count,
            facts.CodevMeetings.Sum(m => m.Registered),
            await CountAsync(ImpactCounterKinds.WatchItemsPublished, period, ct),
            await CountAsync(ImpactCounterKinds.SheetsShared, period, ct));
    }

    private IReadOnlyList<CountRow> ByTheme(IReadOnlyList<AccompanimentFact> held)
    {
        var rows = themes.All.Select(t => new CountRow(t.Name, held.Count(f => f.ThemeSlug == t.Slug))).ToList();
        rows.AddRange(held.Where(f => themes.BySlug(f.ThemeSlug) is null).GroupBy(f => f.ThemeSlug).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CountRow(g.Key, g.Count())));
        return rows;
    }

    private static List<CountRow> ByCategory(IEnumerable<string?> categories)
    {
        var list = categories.ToList();
        var rows = StoredImpactSource.Categories.Select(c => new CountRow(ImpactTexts.CategoryName(c), list.Count(x => x == c))).ToList();
        rows.Add(new CountRow(ImpactTexts.CategoryUnknown, list.Count(x => x is null)));
        return rows;
    }

    private static SurveyFigures SurveyFigures(IReadOnlyList<SurveyAnswer> answers, int held)
    {
        decimal? Mean(Func<SurveyAnswer, int> value) =>
            answers.Count == 0 ? null : Math.Round((decimal)answers.Sum(value) / answers.Count, 1, MidpointRounding.AwayFromZero);
        return new SurveyFigures(
            answers.Count,
            held == 0 ? 0 : Math.Round(100m * answers.Count / held, 1, MidpointRounding.AwayFromZero),
            Mean(a => a.Satisfaction),
            Enumerable.Range(1, 5).Select(n => new CountRow(ImpactTexts.SatisfactionRow(n), answers.Count(a => a.Satisfaction == n))).ToList(),
            ImpactTexts.ProgressChoices.Select(p => new CountRow(p.Label, answers.Count(a => a.Progress == p.Value))).ToList(),
            answers.Sum(a => a.Transfer),
            Mean(a => a.Transfer));
    }

    private async Task<int?> CountAsync(string kind, ReportPeriod period, CancellationToken ct)
    {
        foreach (var counter in counters)
            if (await counter.CountAsync(kind, period, ct) is { } count) return count;
        return null;
    }
}
