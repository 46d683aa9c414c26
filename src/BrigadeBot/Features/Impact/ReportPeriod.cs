using System.Globalization;
using System.Text.RegularExpressions;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// The days a report covers, in the Brigade time zone: from <see cref="From"/> included to <see cref="To"/> excluded.
/// <see cref="Text"/> is what the animator typed, in canonical form (empty = the current program year).
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To, string Label, string Text)
{
    public bool Contains(DateOnly day) => day >= From && day < To;

    /// <summary>Its days, as the features' counters receive them.</summary>
    public ImpactPeriod Days => new(From, To);

    /// <summary>The months the period touches, « yyyy-MM », for data kept by month (survey answers).</summary>
    public string FirstMonth => From.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    public string LastMonth => To.AddDays(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The period as a button value, read back by <see cref="FromValue"/> (the program year stays the one shown).</summary>
    public string ToValue() => $"{From:yyyy-MM-dd}|{To:yyyy-MM-dd}|{Label}";

    public static ReportPeriod? FromValue(string? value)
    {
        var parts = (value ?? "").Split('|', 3);
        return parts.Length == 3
            && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            && from < to && parts[2].Length is > 0 and <= 200
            ? new ReportPeriod(from, to, parts[2], "")
            : null;
    }

    /// <summary>A name for files: « 2025-04-01_2026-03-31 ».</summary>
    public string FileStem => $"{From:yyyy-MM-dd}_{To.AddDays(-1):yyyy-MM-dd}";
}

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

/// <summary>A day of the year, « MM-DD » (<c>Brigade:Impact:YearStart</c>); 29 February is refused.</summary>
public readonly record struct MonthDay(int Month, int Day)
{
    public DateOnly In(int year) => new(year, Month, Day);

    public static bool TryParse(string? text, out MonthDay value)
    {
        value = default;
        var parts = (text ?? "").Trim().Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2001, month)) return false;
        value = new MonthDay(month, day);
        return true;
    }
}
