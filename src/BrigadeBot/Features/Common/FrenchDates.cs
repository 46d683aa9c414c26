namespace BrigadeBot.Features.Common;

/// <summary>Dates as members read them, in French (« mardi 2 décembre, 14 h 00 »). Give them local times.</summary>
public static class FrenchDates
{
    private static readonly string[] Days = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>« mardi 2 décembre » (« 1er » for the first of the month).</summary>
    public static string Day(DateTimeOffset local) =>
        $"{Days[(int)local.DayOfWeek]} {(local.Day == 1 ? "1er" : local.Day.ToString())} {Months[local.Month - 1]}";

    /// <summary>« 14 h 00 ».</summary>
    public static string Time(DateTimeOffset local) => $"{local.Hour} h {local.Minute:00}";

    /// <summary>« mardi 2 décembre, 14 h 00 ».</summary>
    public static string DayAndTime(DateTimeOffset local) => $"{Day(local)}, {Time(local)}";

    /// <summary>« mardi 2 décembre, 14 h 00 – 15 h 00 ».</summary>
    public static string Span(DateTimeOffset startLocal, DateTimeOffset endLocal) =>
        $"{Day(startLocal)}, {Time(startLocal)} – {Time(endLocal)}";
}
