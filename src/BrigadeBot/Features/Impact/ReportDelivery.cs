using BrigadeBot.Features.Common.Reports;
using BrigadeBot.Scheduling;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Impact;

/// <summary>Sends the full report to an animator by DM: a CSV per table and the chart, uploaded after the acknowledgement.</summary>
public sealed class ReportDelivery(ImpactReportBuilder reports, SlackMessenger messenger, ISlackApi slack, BrigadeTimeZone zone,
    ILogger<ReportDelivery> log)
{
    public async Task SendAsync(string animatorId, ReportPeriod period, CancellationToken ct)
    {
        try
        {
            var report = await reports.BuildAsync(period, ct);
            var channel = await messenger.DirectChannelAsync(animatorId, ct);
            var stem = report.Period.FileStem;
            await messenger.SendDirectAsync(animatorId, new SlackMessage(Mrkdwn.Escape(ReportTexts.FilesComment(report.Period.Label))), ct);
            foreach (var table in ReportTables.From(report))
                await slack.UploadFileAsync(channel, $"bilan-{stem}-{table.FileName}", ReportTables.ToCsv(table), table.Title, ct: ct);
            var source = ReportTexts.ChartSource(zone.Today);
            var chart = ReportChart.Render(report.AccompanimentsByTheme, ReportTexts.ChartHeading(report.Period.Label), ReportTexts.ChartAxis,
                source);
            await slack.UploadFileAsync(channel, $"bilan-{stem}-{ReportTexts.ChartFile}", chart, ReportTexts.ChartTitle,
                altText: ReportTexts.ChartAltText(report.Period.Label, report.AccompanimentsByTheme, source), ct: ct);
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Impact report not delivered ({Error})", ex.Error);
            await TellAsync(animatorId, ct);
        }
    }

    private async Task TellAsync(string animatorId, CancellationToken ct)
    {
        try
        {
            await messenger.SendDirectAsync(animatorId, new SlackMessage(ReportTexts.FilesFailed), ct);
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Could not tell the animator the report failed ({Error})", ex.Error);
        }
    }
}
