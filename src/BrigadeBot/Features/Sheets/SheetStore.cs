using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Sheets;

/// <summary>The <c>sheets</c> collection: every sheet ever published, retired ones included.</summary>
public sealed partial class SheetStore(BrigadeDatabase database) : IStoreSetup
{
    public const string Collection = "sheets";

    public void EnsureIndexes(ILiteDatabase db)
    {
        var sheets = Sheets(db);
        sheets.EnsureIndex(s => s.ThemeSlug);
        sheets.EnsureIndex(s => s.SeedKey);
        sheets.EnsureIndex(s => s.RetiredAtUtc);
    }

    public Task<Sheet?> FindAsync(int id, CancellationToken ct = default) => database.ReadAsync<Sheet?>(db => Sheets(db).FindById(id), ct);

    /// <summary>The sheets still offered to members (not retired).</summary>
    public Task<IReadOnlyList<Sheet>> ActiveAsync(CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Sheet>>(db => Sheets(db).Find(s => s.RetiredAtUtc == null).ToList(), ct);

    public Task<Sheet> InsertAsync(Sheet sheet, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            Sheets(db).Insert(sheet);
            return sheet;
        }, ct);

    /// <summary>Applies <paramref name="change"/> to the sheet and saves it; <c>null</c> when it does not exist.</summary>
    public Task<Sheet?> UpdateAsync(int id, Action<Sheet> change, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var sheets = Sheets(db);
            var sheet = sheets.FindById(id);
            if (sheet is null) return null;
            change(sheet);
            sheets.Update(sheet);
            return sheet;
        }, ct);

    /// <summary>Inserts the seeds whose <see cref="Sheet.SeedKey"/> was never stored (even if retired since); returns how many.</summary>
    public Task<int> SeedAsync(IReadOnlyList<Sheet> seeds, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var sheets = Sheets(db);
            var added = 0;
            foreach (var seed in seeds)
            {
                if (sheets.Exists(s => s.SeedKey == seed.SeedKey)) continue;
                sheets.Insert(seed);
                added++;
            }
            return added;
        }, ct);

    private static ILiteCollection<Sheet> Sheets(ILiteDatabase db) => db.GetCollection<Sheet>(Collection);
}
