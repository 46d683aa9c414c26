using System.Globalization;

namespace BrigadeBot.Features.Impact;

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
