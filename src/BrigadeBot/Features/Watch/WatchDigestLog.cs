using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Storage;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Watch;

/// <summary>The <c>watch_digests</c> collection: which days had their digest, so that none is posted twice.</summary>
public sealed class WatchDigestLog(BrigadeDatabase database) : IStoreSetup
{
    public const string Collection = "watch_digests";

    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(DigestRecord), "Ne publier qu'un résumé de veille par jour.",
        "Personne (usage interne du bot) ; aucun identifiant de membre.", "Conservé.",
        [F("Day", "Jour du résumé."), F("PostedAtUtc", "Publication."), F("ItemCount", "Nombre de publications résumées.")]);

    public sealed class DigestRecord
    {
        /// <summary>The local date of the digest, <c>yyyy-MM-dd</c>.</summary>
        [BsonId] public string Day { get; set; } = "";
        public DateTime PostedAtUtc { get; set; }
        public int ItemCount { get; set; }
    }

    public void EnsureIndexes(ILiteDatabase db) => Digests(db).EnsureIndex(d => d.PostedAtUtc);

    /// <summary><c>true</c> when this call is the first to claim the digest of <paramref name="day"/>.</summary>
    public Task<bool> TryClaimAsync(DateOnly day, DateTime nowUtc, int itemCount, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var digests = Digests(db);
            var key = day.ToString("yyyy-MM-dd");
            if (digests.FindById(key) is not null) return false;
            digests.Insert(new DigestRecord { Day = key, PostedAtUtc = nowUtc, ItemCount = itemCount });
            return true;
        }, ct);

    public Task ReleaseAsync(DateOnly day, CancellationToken ct) =>
        database.WriteAsync(db => Digests(db).Delete(day.ToString("yyyy-MM-dd")), ct);

    private static ILiteCollection<DigestRecord> Digests(ILiteDatabase db) => db.GetCollection<DigestRecord>(Collection);
}
