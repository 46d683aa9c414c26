using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Storage;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Welcome;

/// <summary>Which members were welcomed (Slack user id and when), so that nobody is welcomed twice.</summary>
public sealed class WelcomeStore(BrigadeDatabase database, TimeProvider time) : IStoreSetup, IPersonalDataStore
{
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

    /// <summary><c>true</c> when this call is the first to claim the member's welcome.</summary>
    public Task<bool> TryClaimAsync(string userId, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var members = db.GetCollection<WelcomedMember>(Collection);
            if (members.FindById(userId) is not null) return false;
            members.Insert(new WelcomedMember { UserId = userId, WelcomedAtUtc = time.GetUtcNow().UtcDateTime });
            return true;
        }, ct);

    public Task ReleaseAsync(string userId, CancellationToken ct) =>
        database.WriteAsync(db => db.GetCollection<WelcomedMember>(Collection).Delete(userId), ct);

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
