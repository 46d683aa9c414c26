using LiteDB;

namespace BrigadeBot.Features.Privacy;

/// <summary>
/// A store that holds personal data takes part in the member's rights and in retention through this interface. Every
/// method runs inside one database change (export: inside a read), so an erasure across all stores is one transaction.
/// Register it with <see cref="PersonalDataServiceCollectionExtensions.AddPersonalData{TStore}"/> and describe its
/// fields in <see cref="PrivacyInventory"/>.
/// </summary>
public interface IPersonalDataStore
{
    /// <summary>Adds what <paramref name="memberId"/> gave us to the export, and nothing about anyone else.</summary>
    void Export(ILiteDatabase db, string memberId, MemberExport export);

    /// <summary>Removes (or makes anonymous) every document that identifies the member; queue Slack work after commit.</summary>
    void Erase(ILiteDatabase db, string memberId, Erasure erasure);

    /// <summary>Destroys the records whose purpose is over; adds what it removed to <paramref name="removed"/> (counts by kind).</summary>
    void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed);
}

/// <summary>What an erasure is doing: who, the opaque tombstone that replaces them where a row must stay, and the
/// Slack work to run once the change is committed (tell an animator, delete a channel message).</summary>
public sealed class Erasure(string memberId, string tombstone, DateTime nowUtc)
{
    public string MemberId { get; } = memberId;
    public string Tombstone { get; } = tombstone;
    public DateTime NowUtc { get; } = nowUtc;
    public List<(string Name, Func<IServiceProvider, CancellationToken, Task> Work)> AfterCommit { get; } = [];
    /// <summary>What was removed, by kind (« bookings »…), for the member's confirmation and the log; no personal data.</summary>
    public RetentionCounts Removed { get; } = new();

    public void Then(string name, Func<IServiceProvider, CancellationToken, Task> work) => AfterCommit.Add((name, work));

    /// <summary>A fresh opaque id for a row that must keep counting but no longer point at anyone.</summary>
    public static string NewTombstone() => "tomb-" + Guid.NewGuid().ToString("N")[..16];
}

/// <summary>The instants before which each kind of record has served its purpose.</summary>
public sealed record RetentionCutoffs(DateTime NowUtc, DateTime BookingsBeforeUtc, DateTime ProposalsBeforeUtc, DateTime AuditBeforeUtc);

/// <summary>Counts of removed records by kind; never personal data.</summary>
public sealed class RetentionCounts
{
    private readonly SortedDictionary<string, int> counts = new(StringComparer.Ordinal);

    public void Add(string kind, int count)
    {
        if (count > 0) counts[kind] = counts.GetValueOrDefault(kind) + count;
    }

    public int this[string kind] => counts.GetValueOrDefault(kind);
    public int Total => counts.Values.Sum();
    public IReadOnlyDictionary<string, int> ByKind => counts;

    public override string ToString() => counts.Count == 0 ? "nothing" : string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}"));
}
