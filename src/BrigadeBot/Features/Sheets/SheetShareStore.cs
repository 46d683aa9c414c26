using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Sheets;

/// <summary>The <c>sheet_shares</c> collection (anonymous) and the report's « fiches partagées » counted from it.</summary>
public sealed class SheetShareStore(BrigadeDatabase database, BrigadeTimeZone zone) : IStoreSetup, IImpactCounter
{
    public const string Collection = "sheet_shares";

    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(SheetShare), "Rapport d'impact : compter les fiches partagées dans un canal.",
        "Personnes animatrices, en totaux ; aucun identifiant de membre (qui a partagé n'est pas conservé).",
        "Conservé : anonyme, il ne change pas à l'effacement.",
    [
        F("Id", "Identifiant interne."), F("SheetId", "Fiche partagée."), F("ThemeSlug", "Thème de la fiche."),
        F("AtUtc", "Moment du partage (UTC)."),
    ]);

    public void EnsureIndexes(ILiteDatabase db) => Shares(db).EnsureIndex(s => s.AtUtc);

    public Task RecordAsync(Sheet sheet, DateTime atUtc, CancellationToken ct) =>
        database.WriteAsync(db => Shares(db).Insert(new SheetShare { SheetId = sheet.Id, ThemeSlug = sheet.ThemeSlug, AtUtc = atUtc }), ct);

    public Task<int?> CountAsync(string figure, ImpactPeriod period, CancellationToken ct)
    {
        if (figure != ImpactFigures.SheetsShared) return Task.FromResult<int?>(null);
        var (fromUtc, toUtc) = period.InUtc(zone);
        return database.ReadAsync<int?>(db => Shares(db).Count(s => s.AtUtc >= fromUtc && s.AtUtc < toUtc), ct);
    }

    private static ILiteCollection<SheetShare> Shares(ILiteDatabase db) => db.GetCollection<SheetShare>(Collection);
}
