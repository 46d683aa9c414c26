using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Common.Waitlists;

/// <summary>
/// The <c>waitlists</c> collection. A feature changes it inside its own write (the static methods), so that taking a
/// place, freeing one and offering it to the next person are one atomic change with the feature's own documents.
/// </summary>
public sealed partial class WaitlistStore(BrigadeDatabase database) : IStoreSetup
{
    public const string Collection = "waitlists";

    public void EnsureIndexes(ILiteDatabase db)
    {
        var entries = Entries(db);
        entries.EnsureIndex(e => e.Queue);
        entries.EnsureIndex(e => e.MemberId);
        entries.EnsureIndex(e => e.OfferedPlace);
    }

    internal static ILiteCollection<WaitlistEntry> Entries(ILiteDatabase db) => db.GetCollection<WaitlistEntry>(Collection);

    /// <summary>Puts the member at the end of <paramref name="queue"/>; a member already in it keeps their place.</summary>
    public static WaitlistEntry Join(ILiteDatabase db, string owner, string queue, string memberId, string? choice, DateTime nowUtc)
    {
        var entries = Entries(db);
        var queued = entries.Find(e => e.Queue == queue).ToList();
        if (queued.FirstOrDefault(e => e.MemberId == memberId) is { } existing) return existing;
        var entry = new WaitlistEntry
        {
            Id = ObjectId.NewObjectId().ToString(),
            Owner = owner,
            Queue = queue,
            MemberId = memberId,
            Position = queued.Count == 0 ? 1 : queued.Max(e => e.Position) + 1,
            Choice = choice,
            JoinedAtUtc = nowUtc,
        };
        entries.Insert(entry);
        return entry;
    }

    public static bool IsEmpty(ILiteDatabase db) => !Entries(db).Query().Exists();

    /// <summary>Offers held on <paramref name="place"/> by anyone but <paramref name="exceptMember"/>, not yet run out.</summary>
    public static int Held(ILiteDatabase db, string place, string? exceptMember, DateTime nowUtc) =>
        Entries(db).Find(e => e.OfferedPlace == place).Count(e => e.Holds(place, nowUtc) && e.MemberId != exceptMember);

    /// <summary>
    /// Offers <paramref name="place"/>, up to <paramref name="count"/> times, to the first waiting members of the queues:
    /// the queues of the first tier before those of the next, in order of arrival within a tier; one offer per member,
    /// skipping those <paramref name="eligible"/> refuses.
    /// </summary>
    public static IReadOnlyList<WaitlistEntry> Offer(ILiteDatabase db, IReadOnlyList<IReadOnlyCollection<string>> tiers, string place, int count,
        Func<WaitlistEntry, bool> eligible, DateTime nowUtc, TimeSpan hold)
    {
        if (count <= 0) return [];
        var entries = Entries(db);
        var offered = new List<WaitlistEntry>();
        var busy = entries.Find(e => e.OfferedPlace == place).Select(e => e.MemberId).ToHashSet(StringComparer.Ordinal);
        var waiting = tiers.SelectMany(tier => tier.SelectMany(q => entries.Find(e => e.Queue == q))
                .Where(e => e.OfferedPlace is null)
                .OrderBy(e => e.JoinedAtUtc).ThenBy(e => e.Position))
            .ToList();
        foreach (var entry in waiting)
        {
            if (offered.Count == count) break;
            if (busy.Contains(entry.MemberId) || !eligible(entry)) continue;
            entry.OfferedPlace = place;
            entry.OfferedAtUtc = nowUtc;
            entry.HoldUntilUtc = nowUtc + hold;
            entries.Update(entry);
            busy.Add(entry.MemberId);
            offered.Add(entry);
        }
        return offered;
    }

    /// <summary>The member's offer on <paramref name="place"/>, still held.</summary>
    public static WaitlistEntry? HeldBy(ILiteDatabase db, string place, string memberId, DateTime nowUtc) =>
        Entries(db).Find(e => e.MemberId == memberId).FirstOrDefault(e => e.Holds(place, nowUtc));

    public static WaitlistEntry? Find(ILiteDatabase db, string id) => Entries(db).FindById(id);

    public static bool Waits(ILiteDatabase db, string memberId, string queue) => Entries(db).Exists(e => e.MemberId == memberId && e.Queue == queue);

    public static void Remove(ILiteDatabase db, string id) => Entries(db).Delete(id);

    /// <summary>Removes the member from <paramref name="queues"/> (they got what they waited for); returns the entries removed.</summary>
    public static IReadOnlyList<WaitlistEntry> RemoveFrom(ILiteDatabase db, string memberId, IReadOnlyCollection<string> queues)
    {
        var entries = Entries(db);
        var removed = entries.Find(e => e.MemberId == memberId).Where(e => queues.Contains(e.Queue)).ToList();
        foreach (var entry in removed) entries.Delete(entry.Id);
        return removed;
    }

    /// <summary>Takes back every offer on <paramref name="place"/> (it is gone): those members wait again, at their place.</summary>
    public static void Withdraw(ILiteDatabase db, string place)
    {
        var entries = Entries(db);
        foreach (var entry in entries.Find(e => e.OfferedPlace == place).ToList())
        {
            entry.OfferedPlace = null;
            entry.OfferedAtUtc = null;
            entry.HoldUntilUtc = null;
            entries.Update(entry);
        }
    }

    /// <summary>Empties <paramref name="queue"/> (what it waited for is gone); returns the entries removed.</summary>
    public static IReadOnlyList<WaitlistEntry> Close(ILiteDatabase db, string queue)
    {
        var entries = Entries(db);
        var removed = entries.Find(e => e.Queue == queue).ToList();
        foreach (var entry in removed) entries.Delete(entry.Id);
        return removed;
    }

    /// <summary>Empties the queues of <paramref name="owner"/> that <paramref name="done"/> says have no purpose left; returns how many entries went.</summary>
    public static int CloseWhere(ILiteDatabase db, string owner, Func<string, bool> done)
    {
        var entries = Entries(db);
        var gone = entries.Find(e => e.Owner == owner).Where(e => done(e.Queue)).ToList();
        foreach (var entry in gone) entries.Delete(entry.Id);
        return gone.Count;
    }

    public Task<WaitlistEntry?> FindAsync(string id, CancellationToken ct = default) =>
        database.ReadAsync<WaitlistEntry?>(db => Entries(db).FindById(id), ct);

    /// <summary>Takes the member out of the list; <c>null</c> when the entry is not theirs (or gone).</summary>
    public Task<WaitlistEntry?> LeaveAsync(string entryId, string memberId, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var entry = Entries(db).FindById(entryId);
            if (entry is null || entry.MemberId != memberId) return null;
            Entries(db).Delete(entry.Id);
            return entry;
        }, ct);

    /// <summary>The member's entries with their rank among those waiting in the same queue (1 = next).</summary>
    public Task<IReadOnlyList<(WaitlistEntry Entry, int Rank)>> OfMemberAsync(string memberId, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<(WaitlistEntry, int)>>(db => Entries(db).Find(e => e.MemberId == memberId)
            .OrderBy(e => e.JoinedAtUtc)
            .Select(e => (e, Entries(db).Find(o => o.Queue == e.Queue).Count(o => o.OfferedPlace is null && o.Position < e.Position) + 1))
            .ToList(), ct);

    /// <summary>Every entry holding an offer: what the holds are rebuilt from at start.</summary>
    public Task<IReadOnlyList<WaitlistEntry>> OfferedAsync(CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<WaitlistEntry>>(db => Entries(db).Find(e => e.OfferedPlace != null).ToList(), ct);
}
