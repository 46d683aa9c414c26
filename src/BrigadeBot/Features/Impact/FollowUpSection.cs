using System.Globalization;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Reports;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// The follow-up survey's part of the report, for the program years starting in the period. What members did (shared,
/// a step, the most helpful activity) is counted as answers, like the post-session survey's; the stage, which describes
/// the person, follows the small-cell rule. Testimonials go to the CSV only.
/// </summary>
public sealed class FollowUpSection(FollowUpStore store) : IImpactSection
{
    /// <summary>People counted for each answer in the estimate of people reached (the low end of « 5 et plus »).</summary>
    public static readonly IReadOnlyDictionary<FollowUpShared, int> Reach = new Dictionary<FollowUpShared, int>
    {
        [FollowUpShared.Nobody] = 0, [FollowUpShared.OneToThree] = 2, [FollowUpShared.ThreeToFive] = 4, [FollowUpShared.FiveOrMore] = 5,
    };

    public int Order => 50;

    public async Task<ImpactSectionContent> BuildAsync(ImpactPeriod period, int minCell, CancellationToken ct)
    {
        var (answers, invited) = await store.OfYearsStartingAsync(period.From, period.To, ct);
        var shared = answers.Count(a => a.Shared != FollowUpShared.Nobody);
        var step = answers.Count(a => a.ConcreteStep);
        var reached = answers.Sum(a => Reach[a.Shared]);
        var split = FollowUpTexts.SharedChoices.Where(c => c.Value != FollowUpShared.Nobody)
            .Select(c => new CountRow(c.Label, answers.Count(a => a.Shared == c.Value))).ToList();
        var helpful = FollowUpTexts.ActivityChoices.Select(c => new CountRow(c.Label, answers.Count(a => a.MostHelpful == c.Value))).ToList();
        // Where someone stands with digital tools describes the person: small stages are merged like categories.
        var stages = SmallCells.MergeInto(
            FollowUpTexts.StageChoices.Select(c => new CountRow(c.Label, answers.Count(a => a.Stage == c.Value))).ToList(),
            FollowUpReportTexts.StagesMerged, minCell);
        var testimonials = answers.Where(a => a.Testimonial is not null && a.Publication != FollowUpPublication.NotPublished).ToList();

        string Rows(IReadOnlyList<CountRow> rows, int of) =>
            string.Join(" · ", rows.Select(r => FollowUpReportTexts.Share(r.Label, r.Count, Percent(r.Count, of))));
        IReadOnlyList<string> lines =
        [
            FollowUpReportTexts.Answers(answers.Count, invited, Percent(answers.Count, invited)),
            FollowUpReportTexts.Shared(shared, answers.Count, Percent(shared, answers.Count)),
            FollowUpReportTexts.SharedSplit(Rows(split, shared)),
            FollowUpReportTexts.Reached(reached),
            FollowUpReportTexts.Step(step, answers.Count, Percent(step, answers.Count)),
            FollowUpReportTexts.Helpful(Rows(helpful, answers.Count)),
            FollowUpReportTexts.Stages(Rows(stages, answers.Count)),
            FollowUpReportTexts.Testimonials(testimonials.Count),
        ];
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        IReadOnlyList<ReportTable> tables =
        [
            new(FollowUpReportTexts.FileSummary, FollowUpReportTexts.TableSummary, [ReportTexts.ColumnFigure, ReportTexts.ColumnValue],
            [
                [FollowUpReportTexts.FigureInvited, N(invited)],
                [FollowUpReportTexts.FigureAnswers, N(answers.Count)],
                [FollowUpReportTexts.FigureRate, Number(answers.Count, invited)],
                [FollowUpReportTexts.FigureShared, N(shared)],
                [FollowUpReportTexts.FigureSharedPercent, Number(shared, answers.Count)],
                [FollowUpReportTexts.FigureReached, N(reached)],
                [FollowUpReportTexts.FigureMethod, FollowUpReportTexts.Method],
                [FollowUpReportTexts.FigureStep, N(step)],
                [FollowUpReportTexts.FigureStepPercent, Number(step, answers.Count)],
            ]),
            Shares(FollowUpReportTexts.FileShared, FollowUpReportTexts.TableShared, split, shared),
            Shares(FollowUpReportTexts.FileHelpful, FollowUpReportTexts.TableHelpful, helpful, answers.Count),
            Shares(FollowUpReportTexts.FileStages, FollowUpReportTexts.TableStages, stages, answers.Count),
            new(FollowUpReportTexts.FileTestimonials, FollowUpReportTexts.TableTestimonials,
                [FollowUpReportTexts.ColumnTestimonial, FollowUpReportTexts.ColumnSignature],
                testimonials.Select(a => (IReadOnlyList<string>)[a.Testimonial!,
                    a.Publication == FollowUpPublication.FirstName && a.FirstName is { } name ? name : FollowUpReportTexts.Anonymous]).ToList()),
        ];
        return new ImpactSectionContent(FollowUpReportTexts.Title, lines, tables);
    }

    private static ReportTable Shares(string file, string title, IReadOnlyList<CountRow> rows, int of) =>
        new(file, title, [ReportTexts.ColumnAnswer, ReportTexts.ColumnAnswers, FollowUpReportTexts.ColumnShare],
        [
            .. rows.Select(r => (IReadOnlyList<string>)[r.Label, r.Count.ToString(CultureInfo.InvariantCulture), Number(r.Count, of)]),
            [ReportTexts.Total, rows.Sum(r => r.Count).ToString(CultureInfo.InvariantCulture), Number(rows.Sum(r => r.Count), of)],
        ]);

    private static string Percent(int count, int of) => ReportTexts.Percent(Percentage.Of(count, of));
    private static string Number(int count, int of) => ReportTexts.Number(Percentage.Of(count, of));
}
