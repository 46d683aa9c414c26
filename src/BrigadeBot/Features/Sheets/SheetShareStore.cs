using BrigadeBot.Features.Impact;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Sheets;

/// <summary>One sheet shared in a channel, kept without who shared it: only the report counts these.</summary>
public sealed class SheetShare
{
    public int Id { get; set; }
    public int SheetId { get; set; }
    public string ThemeSlug { get; set; } = "";
    public DateTime AtUtc { get; set; }
}

/// <summary>The <c>sheet_shares</c> collection (anonymous) and the report's « fiches partagées » counted from it.</summary>
public sealed class SheetShareStore(BrigadeDatabase database, BrigadeTimeZone zone) : IStoreSetup, IImpactCounter
{
    public const string Collection = "sheet_shares";

    public void EnsureIndexes(ILiteDatabase db) => Shares(db).EnsureIndex(s => s.AtUtc);

    public Task RecordAsync(Sheet sheet, DateTime atUtc, CancellationToken ct) =>
        database.WriteAsync(db => Shares(db).Insert(new SheetShare { SheetId = sheet.Id, ThemeSlug = sheet.ThemeSlug, AtUtc = atUtc }), ct);

    public Task<int?> CountAsync(string kind, ReportPeriod period, CancellationToken ct)
    {
        if (kind != ImpactCounterKinds.SheetsShared) return Task.FromResult<int?>(null);
        var (fromUtc, toUtc) = period.InUtc(zone);
        return database.ReadAsync<int?>(db => Shares(db).Count(s => s.AtUtc >= fromUtc && s.AtUtc < toUtc), ct);
    }

    private static ILiteCollection<SheetShare> Shares(ILiteDatabase db) => db.GetCollection<SheetShare>(Collection);
}
