using System.Globalization;
using System.Text;

namespace Brigade.Slack.Routing;

/// <summary>Sub-command matching: case- and accent-insensitive, with a closest-match suggestion.</summary>
public static class SubCommandText
{
    /// <summary>Lower-case, accents removed: « Réserver » → « reserver ».</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(c));
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Splits "Réserver cybersécurité" into ("reserver", "cybersécurité").</summary>
    public static (string SubCommand, string Arguments) Split(string? text)
    {
        var trimmed = (text ?? "").Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n', '\u00A0']);
        return space < 0
            ? (Normalize(trimmed), "")
            : (Normalize(trimmed[..space]), trimmed[(space + 1)..].Trim());
    }

    /// <summary>The candidate closest to what was typed, or <c>null</c> when none is close enough.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        var input = Normalize(typed);
        if (input.Length == 0) return null;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var normalized = Normalize(candidate);
            var distance = normalized.StartsWith(input, StringComparison.Ordinal) && input.Length >= 3
                ? 1
                : Distance(input, normalized);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        var tolerance = Math.Max(2, input.Length / 3);
        return bestDistance <= tolerance ? best : null;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
