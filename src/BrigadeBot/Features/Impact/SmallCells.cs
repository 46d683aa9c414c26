namespace BrigadeBot.Features.Impact;

/// <summary>
/// Keeps a breakdown by person attributes from singling anyone out: no row counts between 1 and <c>min − 1</c> people.
/// Small rows are merged (never dropped), so the rows always add up to the exact total.
/// </summary>
public static class SmallCells
{
    /// <summary>
    /// Moves every small row into <paramref name="mergedLabel"/>; while that row is itself small, the smallest remaining
    /// row joins it. Empty rows stay (a zero singles nobody out).
    /// </summary>
    public static IReadOnlyList<CountRow> MergeInto(IReadOnlyList<CountRow> rows, string mergedLabel, int min)
    {
        var kept = rows.Where(r => r.Count == 0 || r.Count >= min).ToList();
        var merged = rows.Where(r => r.Count > 0 && r.Count < min).Sum(r => r.Count);
        while (merged > 0 && merged < min && kept.Any(r => r.Count > 0))
        {
            var smallest = kept.Where(r => r.Count > 0).MinBy(r => r.Count)!;
            kept.Remove(smallest);
            merged += smallest.Count;
        }
        if (merged > 0) kept.Add(new CountRow(mergedLabel, merged));
        return kept;
    }

    /// <summary>
    /// For ordered buckets (1, 2, 3, 4 or more sessions): the last small bucket joins the one before it (« 3 ou plus »),
    /// until the last is not small; then if the first is still small, everything is one row.
    /// </summary>
    public static IReadOnlyList<CountRow> MergeTail(IReadOnlyList<(int From, int Count)> buckets, Func<int, string> atLeast,
        Func<int, string> exactly, int min)
    {
        var rows = buckets.Select(b => (b.From, b.Count, Open: false)).ToList();
        rows[^1] = (rows[^1].From, rows[^1].Count, true);
        while (rows.Count > 1 && rows[^1].Count is > 0 && rows[^1].Count < min)
        {
            var last = rows[^1];
            rows.RemoveAt(rows.Count - 1);
            rows[^1] = (rows[^1].From, rows[^1].Count + last.Count, true);
        }
        if (rows.Count > 1 && rows.Any(r => r.Count > 0 && r.Count < min))
            rows = [(rows[0].From, rows.Sum(r => r.Count), true)];
        return rows.Select(r => new CountRow(r.Open ? atLeast(r.From) : exactly(r.From), r.Count)).ToList();
    }

    /// <summary>
    /// A count of people that stands alone (not one row of a partition, so it cannot be merged): « moins de 5 » when it
    /// is between 1 and <c>min − 1</c>.
    /// </summary>
    public static string Shown(int people, int min) =>
        people > 0 && people < min ? ReportTexts.FewerThan(min) : people.ToString(ReportTexts.French);
}
