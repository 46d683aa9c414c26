using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Sheets;

/// <summary>
/// The active sheets held in memory as a <see cref="SheetSearchIndex"/>: a search never touches the database. Every
/// change calls <see cref="RefreshAsync"/> once committed, which rebuilds the index from storage there and then (a thousand
/// sheets take a few tens of milliseconds), so the person publishing pays for it, not the next one searching.
/// </summary>
public sealed class SheetSearch(SheetStore store, ThemeCatalog themes)
{
    public const int MaxResults = 5;

    private sealed record Snapshot(int Generation, SheetSearchIndex Index);

    private readonly SemaphoreSlim gate = new(1, 1);
    private int generation = 1;
    private volatile Snapshot current = new(0, SheetSearchIndex.Empty);

    /// <summary>Rebuilds the index from storage; call it after a change is committed.</summary>
    public async Task RefreshAsync(CancellationToken ct = default)
    {
        Interlocked.Increment(ref generation);
        await IndexAsync(ct);
    }

    public async Task<IReadOnlyList<Sheet>> SearchAsync(string? query, int limit = MaxResults, CancellationToken ct = default) =>
        (await IndexAsync(ct)).Search(query, limit);

    private async Task<SheetSearchIndex> IndexAsync(CancellationToken ct)
    {
        var snapshot = current;
        if (snapshot.Generation == Volatile.Read(ref generation)) return snapshot.Index;
        await gate.WaitAsync(ct);
        try
        {
            // Read the generation before the store: a change committed meanwhile leaves the snapshot marked older,
            // so the next search rebuilds again rather than missing it.
            var wanted = Volatile.Read(ref generation);
            if (current.Generation == wanted) return current.Index;
            var index = SheetSearchIndex.Build(await store.ActiveAsync(ct), slug => themes.BySlug(slug)?.Name);
            current = new Snapshot(wanted, index);
            return index;
        }
        finally
        {
            gate.Release();
        }
    }
}
