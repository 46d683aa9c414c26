namespace BrigadeBot.Features.Sheets;

/// <summary>
/// An immutable inverted index over sheets: each folded word points to the sheets (and fields) holding it. A search
/// scans the vocabulary once per typed word (exact, prefix or inside a longer word such as « sécurité » in
/// « cybersécurité ») and adds up the weights: a word in the title counts more than in the keywords, more than in
/// the summary. Sheets matching more of the typed words come first.
/// </summary>
public sealed class SheetSearchIndex
{
    private const int Fields = 3; // title, keywords (with the theme's name), summary
    private static readonly int[] FieldWeight = [9, 4, 1];
    private const int MaxQueryWords = 8;

    private readonly Sheet[] sheets;
    private readonly string[] terms;
    private readonly (int Sheet, byte Fields)[][] postings;

    private SheetSearchIndex(Sheet[] sheets, string[] terms, (int, byte)[][] postings)
    {
        this.sheets = sheets;
        this.terms = terms;
        this.postings = postings;
    }

    public static readonly SheetSearchIndex Empty = Build([], _ => null);

    public int Count => sheets.Length;

    /// <summary>Indexes <paramref name="sheets"/>; <paramref name="themeName"/> gives the name of a theme slug.</summary>
    public static SheetSearchIndex Build(IEnumerable<Sheet> sheets, Func<string, string?> themeName)
    {
        var all = sheets.ToArray();
        var byTerm = new Dictionary<string, List<(int, byte)>>(StringComparer.Ordinal);
        for (var i = 0; i < all.Length; i++)
        {
            var sheet = all[i];
            var masks = new Dictionary<string, byte>(StringComparer.Ordinal);
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
            for (var t = 0; t < terms.Length; t++)
            {
                var quality = Quality(word, terms[t]);
                if (quality == 0) continue;
                foreach (var (sheet, mask) in postings[t])
                {
                    var at = sheet * Fields;
                    if (best[at] + best[at + 1] + best[at + 2] == 0) touched.Add(sheet);
                    for (var f = 0; f < Fields; f++)
                        if ((mask & (1 << f)) != 0)
                            best[at + f] = Math.Max(best[at + f], quality * FieldWeight[f]);
                }
            }
            foreach (var sheet in touched)
            {
                matchedWords[sheet]++;
                score[sheet] += best[sheet * Fields] + best[sheet * Fields + 1] + best[sheet * Fields + 2];
            }
        }
        return Enumerable.Range(0, sheets.Length)
            .Where(i => matchedWords[i] > 0)
            .OrderByDescending(i => matchedWords[i])
            .ThenByDescending(i => score[i])
            .ThenByDescending(i => sheets[i].PublishedOn)
            .ThenByDescending(i => sheets[i].Id)
            .Take(limit)
            .Select(i => sheets[i])
            .ToArray();
    }

    // 3: the same word; 2: the start of a longer word; 1: inside a longer word (compounds: « cybersécurité »).
    private static int Quality(string typed, string term)
    {
        if (term.Length < typed.Length) return 0;
        if (term.Length == typed.Length) return term == typed ? 3 : 0;
        if (typed.Length >= 3 && term.StartsWith(typed, StringComparison.Ordinal)) return 2;
        return typed.Length >= 4 && term.Contains(typed, StringComparison.Ordinal) ? 1 : 0;
    }

    private static void Mark(Dictionary<string, byte> masks, IEnumerable<string> words, int field)
    {
        foreach (var word in words)
            masks[word] = (byte)(masks.GetValueOrDefault(word) | (1 << field));
    }
}
