using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Impact;

/// <summary>The ephemeral summary of <c>/brigade bilan</c>: the headline figures and a button for the full report by DM.</summary>
public static class ReportSummary
{
    public static SlackMessage Build(ImpactReport report, string zoneName)
    {
        var survey = report.Survey;
        Block[] blocks =
        [
            new HeaderBlock(ReportTexts.ReportHeader),
            ContextBlock.Markdown(Mrkdwn.Escape(ReportTexts.ReportPeriodLine(report.Period.Label, zoneName, report.MinCell))),
            SectionBlock.Markdown(ReportTexts.HeldLine(report)),
            SectionBlock.Markdown(ReportTexts.PeopleLine(report) + "\n" + ReportTexts.FormatPeopleLine(report)),
            SectionBlock.Markdown(Lines(ReportTexts.ByThemeTitle, report.AccompanimentsByTheme)),
            SectionBlock.Markdown(Bullets(ReportTexts.ByThemeFormatTitle,
                report.ThemesByFormat.Select(t => ReportTexts.ThemeFormatLine(Mrkdwn.Escape(t.Label), t)))),
            SectionBlock.Markdown(Lines(ReportTexts.BySessionsTitle, report.PeopleBySessions)),
            SectionBlock.Markdown(Lines(ReportTexts.ByCategoryTitle, report.PeopleByCategory)),
            SectionBlock.Markdown(ReportTexts.SatisfactionLine(survey) + "\n" + Inline(survey.SatisfactionDistribution)),
            SectionBlock.Markdown(ReportTexts.ProgressTitle + " " + Inline(survey.Progress)),
            SectionBlock.Markdown(ReportTexts.TransferLine(survey)),
            SectionBlock.Markdown(ReportTexts.CodevLine(report)),
            SectionBlock.Markdown(ReportTexts.OtherLine(report)),
            .. report.Sections.Select(s => SectionBlock.Markdown(Bullets($"*{Mrkdwn.Escape(s.Title)}*", s.SummaryLines.Select(Mrkdwn.Escape)))),
            new ActionsBlock([new Button(ImpactIds.ReportFiles, ReportTexts.FilesButton, report.Period.ToValue(), ButtonStyle.Primary)]),
        ];
        return new SlackMessage(ReportTexts.ReportFallback, blocks);
    }

    private static string Lines(string title, IReadOnlyList<CountRow> rows) =>
        Bullets(title, rows.Select(r => ReportTexts.CountLine(Mrkdwn.Escape(r.Label), r.Count)));

    private static string Bullets(string title, IEnumerable<string> lines) => MemberText.Cut(title + "\n" + string.Join('\n', lines.Select(l => "• " + l)), 3000);

    private static string Inline(IReadOnlyList<CountRow> rows) => string.Join(" · ", rows.Select(r => ReportTexts.CountLine(Mrkdwn.Escape(r.Label), r.Count)));
}
