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
            new HeaderBlock(ImpactTexts.ReportHeader),
            ContextBlock.Markdown(Mrkdwn.Escape(ImpactTexts.ReportPeriodLine(report.Period.Label, zoneName, report.MinCell))),
            SectionBlock.Markdown(ImpactTexts.HeldLine(report)),
            SectionBlock.Markdown(ImpactTexts.PeopleLine(report)),
            SectionBlock.Markdown(Lines(ImpactTexts.ByThemeTitle, report.AccompanimentsByTheme)),
            SectionBlock.Markdown(Lines(ImpactTexts.BySessionsTitle, report.PeopleBySessions)),
            SectionBlock.Markdown(Lines(ImpactTexts.ByCategoryTitle, report.PeopleByCategory)),
            SectionBlock.Markdown(ImpactTexts.SatisfactionLine(survey) + "\n" + Inline(survey.SatisfactionDistribution)),
            SectionBlock.Markdown(ImpactTexts.ProgressTitle + " " + Inline(survey.Progress)),
            SectionBlock.Markdown(ImpactTexts.TransferLine(survey)),
            SectionBlock.Markdown(ImpactTexts.CodevLine(report)),
            SectionBlock.Markdown(ImpactTexts.OtherLine(report)),
            new ActionsBlock([new Button(ImpactIds.ReportFiles, ImpactTexts.FilesButton, report.Period.ToValue(), ButtonStyle.Primary)]),
        ];
        return new SlackMessage(ImpactTexts.ReportFallback, blocks);
    }

    private static string Lines(string title, IReadOnlyList<CountRow> rows) =>
        MemberText.Cut(title + "\n" + string.Join('\n', rows.Select(r => "• " + ImpactTexts.CountLine(Mrkdwn.Escape(r.Label), r.Count))), 3000);

    private static string Inline(IReadOnlyList<CountRow> rows) => string.Join(" · ", rows.Select(r => ImpactTexts.CountLine(Mrkdwn.Escape(r.Label), r.Count)));
}
