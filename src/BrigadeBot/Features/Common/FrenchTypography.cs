using System.Globalization;
using System.Text;

namespace BrigadeBot.Features.Common;

/// <summary>
/// The Office québécois de la langue française's spacing, so that Slack never wraps a lone « : », « ; », « ! », « ? »
/// or guillemet onto a new line: a no-break space (U+00A0) before « : » and inside « », a narrow no-break space
/// (U+202F) before « ; », « ! » and « ? ». Every text the bot writes goes through here; the text members type does not.
/// Only spaces are replaced, one character for one, so a text keeps its length (Slack's limits count characters).
/// </summary>
public static class FrenchTypography
{
    public const char NoBreakSpace = '\u00A0';
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>A fixed text with OQLF spacing.</summary>
    public static string Apply(string text)
    {
        if (text.IndexOfAny([':', ';', '!', '?', '«', '»']) < 0) return text;
        var result = new StringBuilder(text);
        for (var i = 0; i < result.Length; i++)
        {
            if (result[i] != ' ') continue;
            var next = i + 1 < result.Length ? result[i + 1] : '\0';
            var previous = i > 0 ? result[i - 1] : '\0';
            if (previous == '«' || next == '»' || (next == ':' && IsPunctuationColon(result, i + 1)))
                result[i] = NoBreakSpace;
            else if (next is ';' or '!' or '?')
                result[i] = NarrowNoBreakSpace;
        }
        return result.ToString();
    }

    /// <summary>
    /// A text with holes: the spacing is applied to the fixed parts only, then the values are put in as they are
    /// (member-typed values are never rewritten).
    /// </summary>
    public static string Format(FormattableString text) =>
        string.Format(CultureInfo.CurrentCulture, Apply(text.Format), text.GetArguments());

    // « :tada: » after a space is an emoji code, not punctuation: a French colon is followed by a space, a line break,
    // a closing mrkdwn mark or nothing.
    private static bool IsPunctuationColon(StringBuilder text, int colon) =>
        colon + 1 >= text.Length || !(char.IsAsciiLetterOrDigit(text[colon + 1]) || text[colon + 1] is '_' or '+' or '-');
}
