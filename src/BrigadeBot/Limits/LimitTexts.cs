using BrigadeBot.Features.Common;

namespace BrigadeBot.Limits;

/// <summary>What a member reads when a limit stops them.</summary>
public static class LimitTexts
{
    public static string TryAgainIn(TimeSpan wait) =>
        FrenchTypography.Format($"Vous avez atteint la limite pour cette action. Vous pourrez réessayer dans {Duration(wait)}.");

    /// <summary>Rounded up to the minute: « 1 minute », « 3 minutes », « 1 heure », « 2 heures et 5 minutes ».</summary>
    public static string Duration(TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        var (hours, rest) = (minutes / 60, minutes % 60);
        var hourText = hours == 1 ? "1 heure" : $"{hours} heures";
        var minuteText = rest == 1 ? "1 minute" : $"{rest} minutes";
        return hours == 0 ? minuteText : rest == 0 ? hourText : $"{hourText} et {minuteText}";
    }
}
