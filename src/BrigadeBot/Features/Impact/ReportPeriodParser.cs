using System.Globalization;
using System.Text.RegularExpressions;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// Reads « 2025 » (calendar year), « 2025-T3 » (calendar quarter), « 2025-09 » (a month), « 2025-09..2026-03 » (months,
/// both included) and nothing (the program year under way, starting on <c>Brigade:Impact:YearStart</c>).
/// </summary>
public static partial class ReportPeriodParser
{
    [GeneratedRegex(@"^(\d{4})$")] private static partial Regex Year();
    [GeneratedRegex(@"^(\d{4})-[tT]([1-4])$")] private static partial Regex Quarter();
    [GeneratedRegex(@"^(\d{4})-(\d{1,2})$")] private static partial Regex Month();
    [GeneratedRegex(@"^(\d{4})-(\d{1,2})\s*\.\.\s*(\d{4})-(\d{1,2})$")] private static partial Regex Months();

    /// <summary>The period, or the French error to show.</summary>
    public static (ReportPeriod? Period, string? Error) Parse(string? text, DateOnly today, MonthDay yearStart)
    {
        var typed = (text ?? "").Trim();
        if (typed.Length == 0) return (ProgramYear(today, yearStart), null);
        if (Year().Match(typed) is { Success: true } y && YearOk(y.Groups[1].Value, out var year))
            return (new ReportPeriod(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1), ReportTexts.YearLabel(year), typed), null);
        if (Quarter().Match(typed) is { Success: true } q && YearOk(q.Groups[1].Value, out year))
        {
            var quarter = int.Parse(q.Groups[2].Value, CultureInfo.InvariantCulture);
            var from = new DateOnly(year, 3 * quarter - 2, 1);
            return (new ReportPeriod(from, from.AddMonths(3), ReportTexts.QuarterLabel(year, quarter), $"{year}-T{quarter}"), null);
        }
        if (Month().Match(typed) is { Success: true } m && MonthOk(m.Groups[1].Value, m.Groups[2].Value, out var single))
            return (new ReportPeriod(single, single.AddMonths(1), ReportTexts.MonthsLabel(single, single), $"{single:yyyy-MM}"), null);
        if (Months().Match(typed) is { Success: true } r && MonthOk(r.Groups[1].Value, r.Groups[2].Value, out var first)
            && MonthOk(r.Groups[3].Value, r.Groups[4].Value, out var last))
        {
            if (last < first) return (null, ReportTexts.PeriodReversed);
            return (new ReportPeriod(first, last.AddMonths(1), ReportTexts.MonthsLabel(first, last), $"{first:yyyy-MM}..{last:yyyy-MM}"), null);
        }
        return (null, ReportTexts.PeriodInvalid);
    }

    /// <summary>The program year that contains <paramref name="today"/>.</summary>
    public static ReportPeriod ProgramYear(DateOnly today, MonthDay yearStart)
    {
        var start = yearStart.In(today.Year);
        if (start > today) start = yearStart.In(today.Year - 1);
        var end = yearStart.In(start.Year + 1);
        return new ReportPeriod(start, end, ReportTexts.ProgramYearLabel(start, end.AddDays(-1)), "");
    }

    private static bool YearOk(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 2000 and <= 2100;

    private static bool MonthOk(string yearText, string monthText, out DateOnly first)
    {
        first = default;
        if (!YearOk(yearText, out var year) || !int.TryParse(monthText, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12) return false;
        first = new DateOnly(year, month, 1);
        return true;
    }
}
