namespace BrigadeBot.Features.Common.Privacy;

/// <summary>Counts of removed records by kind; never personal data.</summary>
public sealed class RetentionCounts
{
    private readonly SortedDictionary<string, int> counts = new(StringComparer.Ordinal);

    public void Add(string kind, int count)
    {
        if (count > 0) counts[kind] = counts.GetValueOrDefault(kind) + count;
    }

    public int this[string kind] => counts.GetValueOrDefault(kind);
    public int Total => counts.Values.Sum();
    public IReadOnlyDictionary<string, int> ByKind => counts;

    public override string ToString() => counts.Count == 0 ? "nothing" : string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}"));
}
