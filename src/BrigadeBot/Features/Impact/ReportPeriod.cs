using System.Globalization;
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
