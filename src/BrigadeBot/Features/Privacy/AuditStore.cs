using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Storage;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Privacy;

/// <summary>
/// The <c>privacy_audit</c> collection. Erasure replaces the member by an opaque tombstone in their rows (the rows must
/// stay as proof); retention deletes rows older than <c>Privacy:Retention:AuditMonths</c>.
/// </summary>
public sealed class AuditStore(BrigadeDatabase database, TimeProvider time) : IStoreSetup, IPersonalDataStore, IAccessAudit
{
    public const string Collection = "privacy_audit";

    /// <summary>After the entry: the audit of animators' access to other members' data.</summary>
    public static readonly RetentionKind Retention = new("Audit", 24);

    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(AuditEntry),
        "Preuve des consultations, exportations et effacements des données d'autrui.",
        "La personne responsable de la protection des renseignements personnels.",
        "`Privacy:Retention:AuditMonths` ; à l'effacement, le membre y est remplacé par un code opaque.",
    [
        F("Id", "Identifiant interne."), F("AtUtc", "Moment (UTC)."), F("Actor", "Qui a agi (identifiant Slack ou code opaque)."),
        F("Action", "Consultation, exportation ou effacement."), F("Subject", "Membre concerné (identifiant Slack ou code opaque)."),
    ], Retention);

    public void EnsureIndexes(ILiteDatabase db)
    {
        Entries(db).EnsureIndex(e => e.AtUtc);
        Entries(db).EnsureIndex(e => e.Subject);
        Entries(db).EnsureIndex(e => e.Actor);
    }

    private static ILiteCollection<AuditEntry> Entries(ILiteDatabase db) => db.GetCollection<AuditEntry>(Collection);

    public Task RecordAsync(string actor, string action, IEnumerable<string> subjects, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = subjects.Distinct(StringComparer.Ordinal).Where(s => s != actor)
            .Select(s => new AuditEntry { Id = ObjectId.NewObjectId(), AtUtc = now, Actor = actor, Action = action, Subject = s })
            .ToList();
        return rows.Count == 0 ? Task.CompletedTask : database.WriteAsync(db => Entries(db).InsertBulk(rows), ct);
    }

    /// <summary>Writes an entry inside the caller's change (the erasure's own row).</summary>
    internal static void Record(ILiteDatabase db, DateTime nowUtc, string actor, string action, string subject) =>
        Entries(db).Insert(new AuditEntry { Id = ObjectId.NewObjectId(), AtUtc = nowUtc, Actor = actor, Action = action, Subject = subject });

    public Task<IReadOnlyList<AuditEntry>> AllAsync(CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<AuditEntry>>(db => Entries(db).FindAll().OrderBy(e => e.AtUtc).ToList(), ct);

    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        // Audit rows are the organisation's proof of who accessed what, not data the member gave.
    }

    public void Erase(ILiteDatabase db, string memberId, Erasure erasure)
    {
        var entries = Entries(db);
        var rows = entries.Find(e => e.Actor == memberId || e.Subject == memberId).ToList();
        foreach (var row in rows)
        {
            if (row.Actor == memberId) row.Actor = erasure.Tombstone;
            if (row.Subject == memberId) row.Subject = erasure.Tombstone;
            entries.Update(row);
        }
        erasure.Removed.Add("audit-rows-tombstoned", rows.Count);
    }

    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed) =>
        removed.Add("audit", Entries(db).DeleteMany(e => e.AtUtc < cutoffs.Before(Retention)));
}
