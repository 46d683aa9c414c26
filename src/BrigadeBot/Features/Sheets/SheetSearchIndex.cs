namespace BrigadeBot.Features.Sheets;

/// <summary>
/// An immutable inverted index over sheets: each folded word points to the sheets (and fields) holding it. A search
/// finds, for each typed word, the indexed words equal to it, starting with it, or holding it (« sécurité » in
/// « cybersécurité »), and adds up weights: a word in the title counts more than in the keywords, more than in the
/// summary. Sheets matching more of the typed words come first.
/// </summary>
public sealed class SheetSearchIndex
{
    private const int Fields = 3; // title, keywords (with the theme's name), summary
    private static readonly int[] FieldWeight = [9, 4, 1];
    private const int MaxQueryWords = 8;
    private const char Separator = '\n'; // never inside a word

    private readonly Sheet[] sheets;
    private readonly Dictionary<string, int> termIds;
    private readonly int[] termStarts; // where each term begins in the vocabulary, ascending
    private readonly int[] termLengths;
    private readonly string vocabulary; // "\nterm0\nterm1\n…\n": one vectorised IndexOf finds every term holding a word
    private readonly (int Sheet, byte Fields)[][] postings;

    private SheetSearchIndex(Sheet[] sheets, string[] terms, (int, byte)[][] postings)
    {
        this.sheets = sheets;
        this.postings = postings;
        termIds = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        termStarts = new int[terms.Length];
        termLengths = new int[terms.Length];
        var builder = new System.Text.StringBuilder().Append(Separator);
        for (var t = 0; t < terms.Length; t++)
        {
            termIds[terms[t]] = t;
            termStarts[t] = builder.Length;
            termLengths[t] = terms[t].Length;
            builder.Append(terms[t]).Append(Separator);
        }
        vocabulary = builder.ToString();
    }

    public static readonly SheetSearchIndex Empty = Build([], _ => null);

    public int Count => sheets.Length;

    /// <summary>Indexes <paramref name="sheets"/>; <paramref name="themeName"/> gives the name of a theme slug.</summary>
    public static SheetSearchIndex Build(IEnumerable<Sheet> sheets, Func<string, string?> themeName)
    {
        var all = sheets.ToArray();
        var byTerm = new Dictionary<string, List<(int, byte)>>(StringComparer.Ordinal);
        var masks = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (var i = 0; i < all.Length; i++)
        {
            var sheet = all[i];
            masks.Clear();
            Mark(masks, SearchWords.Of(sheet.Title), 0);
            Mark(masks, SearchWords.Of(string.Join(' ', sheet.Keywords)), 1);
            Mark(masks, SearchWords.Of(themeName(sheet.ThemeSlug) + " " + sheet.ThemeSlug), 1);
            Mark(masks, SearchWords.Of(sheet.Summary), 2);
            foreach (var (term, mask) in masks)
            {
                if (!byTerm.TryGetValue(term, out var list)) byTerm[term] = list = [];
                list.Add((i, mask));
            }
        }
        var terms = byTerm.Keys.ToArray();
        return new SheetSearchIndex(all, terms, terms.Select(t => byTerm[t].ToArray()).ToArray());
    }

    /// <summary>The best <paramref name="limit"/> sheets for what was typed, best first; none for an empty search.</summary>
    public IReadOnlyList<Sheet> Search(string? query, int limit)
    {
        var words = SearchWords.Of(query).Take(MaxQueryWords).ToArray();
        if (words.Length == 0 || sheets.Length == 0) return [];
        var matchedWords = new int[sheets.Length];
        var score = new int[sheets.Length];
        var best = new int[sheets.Length * Fields];
        var touched = new List<int>();
        foreach (var word in words)
        {
            Array.Clear(best);
            touched.Clear();
            foreach (var (term, quality) in Terms(word))
                foreach (var (sheet, mask) in postings[term])
                {
                    var at = sheet * Fields;
                    if (best[at] + best[at + 1] + best[at + 2] == 0) touched.Add(sheet);
                    for (var f = 0; f < Fields; f++)
                        if ((mask & (1 << f)) != 0)
                            best[at + f] = Math.Max(best[at + f], quality * FieldWeight[f]);
                }
            foreach (var sheet in touched)
            {
                matchedWords[sheet]++;
                score[sheet] += best[sheet * Fields] + best[sheet * Fields + 1] + best[sheet * Fields + 2];
            }
        }
        return Best(matchedWords, score, limit);
    }

    // The top few by a single pass (sorting every candidate costs more than the search itself): more typed words
    // matched, then a higher score, then the newest.
    private Sheet[] Best(int[] matchedWords, int[] score, int limit)
    {
        var top = new List<int>(limit + 1);
        for (var i = 0; i < sheets.Length; i++)
        {
            if (matchedWords[i] == 0) continue;
            var at = top.Count;
            while (at > 0 && Before(i, top[at - 1])) at--;
            if (at >= limit) continue;
            top.Insert(at, i);
            if (top.Count > limit) top.RemoveAt(limit);
        }
        return top.Select(i => sheets[i]).ToArray();

        bool Before(int a, int b) =>
            matchedWords[a] != matchedWords[b] ? matchedWords[a] > matchedWords[b]
            : score[a] != score[b] ? score[a] > score[b]
            : sheets[a].PublishedOn != sheets[b].PublishedOn ? sheets[a].PublishedOn > sheets[b].PublishedOn
            : sheets[a].Id > sheets[b].Id;
    }

    /// <summary>
    /// The terms matching a typed word with their quality: 3 the same word, 2 the start of a longer word (3 letters
    /// typed at least), 1 inside a longer word (4 letters at least, for compounds such as « cybersécurité »).
    /// </summary>
    private List<(int Term, int Quality)> Terms(string word)
    {
        var found = new List<(int, int)>();
        if (word.Length < 3)
        {
            if (termIds.TryGetValue(word, out var exact)) found.Add((exact, 3));
            return found;
        }
        // Three letters match only at the start of a term: look for the separator before them.
        var needle = word.Length == 3 ? Separator + word : word;
        var offset = word.Length == 3 ? 1 : 0;
        var span = vocabulary.AsSpan();
        for (var from = 0; from < span.Length;)
        {
            var hit = span[from..].IndexOf(needle, StringComparison.Ordinal);
            if (hit < 0) break;
            var at = from + hit + offset;
            var term = Array.BinarySearch(termStarts, at);
            if (term < 0) term = ~term - 1;
            var start = termStarts[term];
            found.Add((term, at != start ? 1 : termLengths[term] == word.Length ? 3 : 2));
            from = start + termLengths[term] + 1; // the first hit in a term is its best: go to the next term
        }
        return found;
    }

    private static void Mark(Dictionary<string, byte> masks, IEnumerable<string> words, int field)
    {
        foreach (var word in words)
            masks[word] = (byte)(masks.GetValueOrDefault(word) | (1 << field));
    }
}
