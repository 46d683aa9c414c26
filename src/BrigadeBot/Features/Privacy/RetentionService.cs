using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Storage;
using Quartz;

namespace BrigadeBot.Features.Privacy;

/// <summary>
/// Destroys the identifiable records whose purpose is over (<c>Privacy:Retention:*</c>), in one write across every
/// <see cref="IPersonalDataStore"/>. Anonymous facts stay. Running it again removes nothing more. The log says how many
/// records of each kind went, never whose.
/// </summary>
public sealed class RetentionService(BrigadeDatabase database, IEnumerable<IPersonalDataStore> stores,
    RetentionPolicy policy, TimeProvider time, ILogger<RetentionService> log)
{
    public static readonly JobKey Key = new("privacy.retention", "privacy");
    public const string DailyCron = "0 30 3 * * ?"; // 3:30 a.m., before the codev archiving at 4

    public async Task<RetentionCounts> RunAsync(CancellationToken ct)
    {
        var cutoffs = policy.Cutoffs(time.GetUtcNow().UtcDateTime);
        var removed = await database.WriteAsync(db =>
        {
            var removed = new RetentionCounts(); // a change may run twice: each run counts afresh
            foreach (var store in stores) store.Expire(db, cutoffs, removed);
            return removed;
        }, ct);
        log.LogInformation("Retention: removed {Total} record(s) whose purpose is over ({Removed})", removed.Total, removed);
        return removed;
    }
}
