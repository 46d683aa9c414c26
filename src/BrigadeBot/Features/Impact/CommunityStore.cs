using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Storage;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Impact;

/// <summary>The <c>community_counts</c> collection: one count of the Slack community a day, for the report's growth figure.</summary>
public sealed class CommunityStore(BrigadeDatabase database) : IStoreSetup
{
    public const string Collection = "community_counts";

    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(CommunityCount),
        "Rapport d'impact : la taille de la communauté Slack et sa croissance.", "Personnes animatrices, en totaux.",
        "Conservé : des nombres par jour, sans aucun nom ni identifiant.",
        [F("Day", "Jour du décompte."), F("Members", "Nombre de membres (personnes, sans les comptes d'administration)."),
         F("Admins", "Nombre de comptes d'administration.")]);

    public void EnsureIndexes(ILiteDatabase db) => Counts(db).EnsureIndex(c => c.Members);

    private static ILiteCollection<CommunityCount> Counts(ILiteDatabase db) => db.GetCollection<CommunityCount>(Collection);

    public Task SaveAsync(DateOnly day, int members, int admins, CancellationToken ct) =>
        database.WriteAsync(db => Counts(db).Upsert(new CommunityCount { Day = DayKey(day), Members = members, Admins = admins }), ct);

    /// <summary>The counts of the days in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    public Task<IReadOnlyList<CommunityCount>> BetweenAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<CommunityCount>>(db =>
            Counts(db).Find(Query.And(Query.GTE("_id", DayKey(from)), Query.LT("_id", DayKey(to)))).OrderBy(c => c.Day).ToList(), ct);

    private static DateTime DayKey(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
