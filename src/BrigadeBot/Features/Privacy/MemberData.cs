using Brigade.Slack.FollowUp;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;

namespace BrigadeBot.Features.Privacy;

/// <summary>
/// Access, export and erasure of one member's data, across every <see cref="IPersonalDataStore"/>. The export is read in
/// one snapshot; the erasure is one transaction, its Slack follow-ups (animators told, messages removed) run after it.
/// </summary>
public sealed class MemberData(BrigadeDatabase database, IEnumerable<IPersonalDataStore> stores, BrigadeTimeZone zone,
    SlackFollowUpQueue followUp, TimeProvider time, ILogger<MemberData> log)
{
    public Task<MemberExport> ExportAsync(string memberId, CancellationToken ct = default) => database.ReadAsync(db =>
    {
        var export = new MemberExport(memberId, zone);
        foreach (var store in stores) store.Export(db, memberId, export);
        return export;
    }, ct);

    /// <summary>
    /// Erases the member. <paramref name="actorId"/> is who asked: the member (then a tombstone in the audit row) or an
    /// animator. Returns what was removed, by kind.
    /// </summary>
    public async Task<RetentionCounts> EraseAsync(string memberId, string actorId, CancellationToken ct)
    {
        var tombstone = Erasure.NewTombstone();
        var nowUtc = time.GetUtcNow().UtcDateTime;
        var erasure = await database.WriteAsync(db =>
        {
            var erasure = new Erasure(memberId, tombstone, nowUtc); // a change may run twice: each run starts afresh
            foreach (var store in stores) store.Erase(db, memberId, erasure);
            AuditStore.Record(db, erasure.NowUtc, actorId == memberId ? erasure.Tombstone : actorId, AuditActions.Erase, erasure.Tombstone);
            return erasure;
        }, ct);
        foreach (var (name, work) in erasure.AfterCommit) followUp.Enqueue(name, work);
        log.LogInformation("Member data erased: {Removed}", erasure.Removed);
        return erasure.Removed;
    }
}
