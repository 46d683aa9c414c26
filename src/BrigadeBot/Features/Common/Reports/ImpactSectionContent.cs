namespace BrigadeBot.Features.Common.Reports;

/// <summary>
/// What an <see cref="IImpactSection"/> adds to the report: a title, summary lines (plain French text, escaped by the
/// report when it goes into mrkdwn) and CSV tables. Nothing personal goes in the summary, which may be posted in a channel.
/// </summary>
public sealed record ImpactSectionContent(string Title, IReadOnlyList<string> SummaryLines, IReadOnlyList<ReportTable> Tables);
