using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Impact;

/// <summary>Animators' App Home, last: the figures of the program year under way.</summary>
public sealed class YearFiguresSection(ReportPeriods periods, ImpactReportBuilder reports) : IHomeSection
{
    public HomeAudience Audience => HomeAudience.Animators;
    public int Order => 90;

    public async Task<IReadOnlyList<Block>> BuildAsync(string userId, int maxBlocks, CancellationToken ct)
    {
        var report = await reports.BuildAsync(periods.Parse(null).Period!, ct);
        return
        [
            new HeaderBlock(ImpactHomeTexts.Figures),
            SectionBlock.Markdown(ImpactHomeTexts.FiguresText(report.Accompaniments, report.People,
                report.Survey.SatisfactionMean is { } m ? ReportTexts.Number(m) + " sur 5" : ReportTexts.NotAvailable,
                ReportTexts.Percent(report.Survey.ResponseRate), report.Survey.TransferSum)),
            ContextBlock.Markdown(Mrkdwn.Escape(report.Period.Label)),
        ];
    }
}
