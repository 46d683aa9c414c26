using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Storage;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Welcome;

/// <summary>Which members were welcomed (Slack user id and when), so that nobody is welcomed twice.</summary>
public sealed class WelcomeStore(BrigadeDatabase database, TimeProvider time) : IStoreSetup, IPersonalDataStore
{
    private readonly ConcurrentDictionary<string, byte> welcoming = new(StringComparer.Ordinal);

    public const string Collection = "welcomed_members";

    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(WelcomedMember), "Ne souhaiter la bienvenue qu'une fois.",
        "Personne (usage interne du bot).", "Tant que la personne est membre ; effacé par `oublier`.",
        [F("UserId", "Identifiant Slack du membre.", true), F("WelcomedAtUtc", "Moment de la bienvenue.", true)]);

    public sealed class WelcomedMember
    {
        [BsonId] public string UserId { get; set; } = "";
        public DateTime WelcomedAtUtc { get; set; }
    }

    public void EnsureIndexes(ILiteDatabase db) =>
        db.GetCollection<WelcomedMember>(Collection).EnsureIndex(m => m.WelcomedAtUtc);

    /// <summary>
    /// <c>true</c> when the member was never welcomed and no other delivery is welcoming them right now. The claim
    /// lives in memory only: a welcome cut short by a crash is not remembered, so the redelivery welcomes.
    /// </summary>
    public async Task<bool> TryClaimAsync(string userId, CancellationToken ct)
    {
        if (await IsWelcomedAsync(userId, ct) || !welcoming.TryAdd(userId, 0)) return false;
        // Another delivery may have finished its welcome between the look and the claim.
        if (!await IsWelcomedAsync(userId, ct)) return true;
        Release(userId);
        return false;
    }

    /// <summary>Records the welcome once the DM is sent, and ends the claim.</summary>
    public async Task CompleteAsync(string userId, CancellationToken ct)
    {
        try
        {
            await database.WriteAsync(db => db.GetCollection<WelcomedMember>(Collection)
                .Upsert(new WelcomedMember { UserId = userId, WelcomedAtUtc = time.GetUtcNow().UtcDateTime }), ct);
        }
        finally
        {
            Release(userId);
        }
    }

    /// <summary>Ends a claim without a welcome, so that a later team_join can still welcome this member.</summary>
    public void Release(string userId) => welcoming.TryRemove(userId, out _);

    private async Task<bool> IsWelcomedAsync(string userId, CancellationToken ct) =>
        await database.ReadAsync(db => db.GetCollection<WelcomedMember>(Collection).FindById(userId), ct) is not null;

    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        if (db.GetCollection<WelcomedMember>(Collection).FindById(memberId) is { } welcomed)
            export.Set("welcome", new JsonObject { ["welcomed_at"] = export.Date(welcomed.WelcomedAtUtc) });
    }

    public void Erase(ILiteDatabase db, string memberId, Erasure erasure) =>
        erasure.Removed.Add("welcome", db.GetCollection<WelcomedMember>(Collection).Delete(memberId) ? 1 : 0);

    /// <summary>Kept while the member is in the workspace: without it a redelivered team_join would welcome them twice.</summary>
    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed)
    {
    }
}
