using System.Text;
using Brigade.Slack.Routing;

namespace BrigadeBot.Features.Sheets;

/// <summary>
/// How sheet text and typed searches are cut into comparable words: lower case, no accents, ligatures spelled out,
/// a simple French plural removed (trailing s or x), and the little words that carry no meaning dropped.
/// </summary>
public static class SearchWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "en", "et", "la", "le", "les", "leur", "leurs",
        "ma", "mes", "mon", "ne", "nos", "notre", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses",
        "son", "sur", "ta", "te", "un", "une", "vos", "votre",
    };

    /// <summary>The distinct meaningful words of <paramref name="text"/>, folded.</summary>
    public static IReadOnlyList<string> Of(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return words;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var plain = Plain(text);
        var start = -1;
        for (var i = 0; i <= plain.Length; i++)
        {
            var inWord = i < plain.Length && char.IsLetterOrDigit(plain[i]);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            Add(words, seen, plain[start..i]);
            start = -1;
        }
        return words;
    }

    /// <summary>Lower case without accents: « Wikimédia » → « wikimedia », « Œuvres » → « oeuvres ».</summary>
    public static string Plain(string text) =>
        SubCommandText.Normalize(new StringBuilder(text)
            .Replace("œ", "oe").Replace("Œ", "oe").Replace("æ", "ae").Replace("Æ", "ae").ToString());

    private static void Add(List<string> words, HashSet<string> seen, string word)
    {
        if (word.Length < 2 || StopWords.Contains(word)) return;
        // « réseaux » meets « réseau », « mots » meets « mot »; both sides are folded alike, so « prix » → « pri » is harmless.
        if (word.Length > 3 && word[^1] is 's' or 'x') word = word[..^1];
        if (seen.Add(word)) words.Add(word);
    }
}
