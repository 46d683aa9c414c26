namespace BrigadeBot.Features.Common;

/// <summary>
/// Dates and hours as the Office québécois de la langue française writes them: « lundi 7 décembre à 14 h »,
/// « 14 h 30 », and the year only when it is not the current one (« lundi 4 janvier 2027 »). Give local times, and
/// « now » in the same zone (<c>BrigadeTimeZone.Now</c>), so the year follows the injected clock.
/// </summary>
public static class FrenchDates
{
    private static readonly string[] Days = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    // IANA and Windows ids of the North American Eastern zone (Montréal, Toronto, New York…).
    private static readonly HashSet<string> EasternZones = new(StringComparer.OrdinalIgnoreCase)
    {
        "America/Toronto", "America/Montreal", "America/New_York", "America/Detroit", "America/Nipigon", "America/Thunder_Bay",
        "America/Iqaluit", "America/Nassau", "America/Indiana/Indianapolis", "America/Kentucky/Louisville", "Canada/Eastern",
        "US/Eastern", "EST5EDT", "Eastern Standard Time",
    };

    /// <summary>« mardi 2 décembre », or « lundi 4 janvier 2027 » in another year (« 1er » for the first of the month).</summary>
    public static string Day(DateTimeOffset local, DateTimeOffset localNow) =>
        $"{Days[(int)local.DayOfWeek]} {DayOfMonth(local.Day)} {Months[local.Month - 1]}"
        + (local.Year == localNow.Year ? "" : $" {local.Year}");

    /// <summary>« 4 décembre 2026 » (« 1er avril 2026 »): a date on its own, always with its year.</summary>
    public static string Date(DateOnly date) => $"{DayOfMonth(date.Day)} {Months[date.Month - 1]} {date.Year}";

    /// <summary>« avril 2026 ».</summary>
    public static string MonthAndYear(DateOnly date) => $"{Months[date.Month - 1]} {date.Year}";

    /// <summary>« 14 h » on the hour, « 14 h 30 » otherwise.</summary>
    public static string Time(DateTimeOffset local) => local.Minute == 0 ? $"{local.Hour} h" : $"{local.Hour} h {local.Minute:00}";

    /// <summary>« mardi 2 décembre à 14 h ».</summary>
    public static string DayAndTime(DateTimeOffset local, DateTimeOffset localNow) => $"{Day(local, localNow)} à {Time(local)}";

    /// <summary>« mardi 2 décembre, 14 h – 15 h 30 ».</summary>
    public static string Span(DateTimeOffset startLocal, DateTimeOffset endLocal, DateTimeOffset localNow) =>
        $"{Day(startLocal, localNow)}, {Time(startLocal)} – {Time(endLocal)}";

    /// <summary>« heure de l'Est » for the Eastern zone, else a name that still says which zone (« heure du fuseau Europe/Paris »).</summary>
    public static string ZoneName(TimeZoneInfo zone) =>
        EasternZones.Contains(zone.Id) ? "heure de l'Est" : $"heure du fuseau {zone.Id}";

    private static string DayOfMonth(int day) => day == 1 ? "1er" : day.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
