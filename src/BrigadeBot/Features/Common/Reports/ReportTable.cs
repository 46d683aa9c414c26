namespace BrigadeBot.Features.Common.Reports;

/// <summary>One table of the full report, as a CSV file.</summary>
public sealed record ReportTable(string FileName, string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
