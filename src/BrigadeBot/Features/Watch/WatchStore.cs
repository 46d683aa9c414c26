using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// The <c>watch_items</c> collection, the source of truth of the watch: Quartz triggers are rebuilt from it at start.
/// Every change of state is a guarded transition: it happens only from the states it names, atomically.
/// </summary>
public sealed partial class WatchStore(BrigadeDatabase database) : IStoreSetup
{
    public const string Collection = "watch_items";

    public void EnsureIndexes(ILiteDatabase db)
    {
        var items = Items(db);
        items.EnsureIndex(i => i.State);
        items.EnsureIndex(i => i.PublishAtUtc);
        items.EnsureIndex(i => i.PublishedAtUtc);
    }

    public Task<WatchItem?> GetAsync(int id, CancellationToken ct = default) => database.ReadAsync<WatchItem?>(db => Items(db).FindById(id), ct);

    public Task<IReadOnlyList<WatchItem>> InStatesAsync(params WatchState[] states) =>
        database.ReadAsync<IReadOnlyList<WatchItem>>(db => Items(db)
            .Find(Query.In(nameof(WatchItem.State), states.Select(s => new BsonValue(s.ToString()))))
            .OrderBy(i => i.PublishAtUtc).ThenBy(i => i.Id).ToList());

    /// <summary>The items of a channel whose time has come by <paramref name="dueByUtc"/>, in the order they must appear.</summary>
    public Task<IReadOnlyList<int>> DueIdsAsync(string channelId, DateTime dueByUtc, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<int>>(db => Items(db)
            .Find(i => i.State == WatchState.Scheduled && i.PublishAtUtc <= dueByUtc && i.ChannelId == channelId)
            .OrderBy(i => i.PublishAtUtc).ThenBy(i => i.Id).Select(i => i.Id).ToList(), ct);

    public Task<IReadOnlyList<WatchItem>> PublishedBetweenAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<WatchItem>>(db => Items(db)
            .Find(i => i.State == WatchState.Published && i.PublishedAtUtc > fromUtc && i.PublishedAtUtc <= toUtc)
            .OrderBy(i => i.PublishedAtUtc).ThenBy(i => i.Id).ToList(), ct);

    /// <summary>How many items were published from <paramref name="fromUtc"/> included to <paramref name="toUtc"/> excluded.</summary>
    public Task<int> PublishedCountAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct = default) =>
        database.ReadAsync(db => Items(db).Count(i => i.State == WatchState.Published && i.PublishedAtUtc >= fromUtc && i.PublishedAtUtc < toUtc), ct);

    /// <summary>The last <paramref name="count"/> items published, newest first.</summary>
    public Task<IReadOnlyList<WatchItem>> LatestPublishedAsync(int count, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<WatchItem>>(db => Items(db).Find(i => i.State == WatchState.Published)
            .OrderByDescending(i => i.PublishedAtUtc).ThenByDescending(i => i.Id).Take(count).ToList(), ct);

    public Task<WatchItem> CreateAsync(WatchItem item, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            item.Id = 0;
            item.State = WatchState.Scheduled;
            Items(db).Insert(item);
            return item;
        }, ct);

    /// <summary>New content or time for an item not yet published: it is scheduled again.</summary>
    public Task<WatchItem?> ReviseAsync(int id, Action<WatchItem> revise, CancellationToken ct) =>
        TransitionAsync(id, i => i.IsEditable, i =>
        {
            revise(i);
            i.State = WatchState.Scheduled;
            i.AttemptId = null;
            i.FailureReason = null;
            i.TransientFailures = 0;
        }, ct);

    public Task<WatchItem?> CancelAsync(int id, CancellationToken ct) =>
        TransitionAsync(id, i => i.IsEditable, i => i.State = WatchState.Cancelled, ct);

    /// <summary>Recorded BEFORE chat.postMessage, so a restart knows a publication may have reached Slack.</summary>
    public Task<WatchItem?> ClaimAsync(int id, DateTime dueByUtc, DateTime nowUtc, string attemptId, CancellationToken ct) =>
        TransitionAsync(id, i => i.State == WatchState.Scheduled && i.PublishAtUtc <= dueByUtc, i =>
        {
            i.State = WatchState.Publishing;
            i.AttemptId = attemptId;
            i.PublishingStartedAtUtc = nowUtc;
        }, ct);

    public Task<WatchItem?> MissAsync(int id, DateTime nowUtc, TimeSpan maxLate, CancellationToken ct) =>
        TransitionAsync(id, i => i.State == WatchState.Scheduled && nowUtc - i.PublishAtUtc > maxLate,
            i => i.State = WatchState.Missed, ct);

    public Task<WatchItem?> MarkPublishedAsync(int id, string attemptId, string ts, DateTime nowUtc, CancellationToken ct) =>
        TransitionAsync(id, i => IsAttempt(i, attemptId), i =>
        {
            i.State = WatchState.Published;
            i.Ts = ts;
            i.PublishedAtUtc = nowUtc;
        }, ct);

    public Task<WatchItem?> SetPermalinkAsync(int id, string permalink, CancellationToken ct) =>
        TransitionAsync(id, i => i.State == WatchState.Published, i => i.Permalink = permalink, ct);

    public Task<WatchItem?> FailAsync(int id, string attemptId, string reason, CancellationToken ct) =>
        TransitionAsync(id, i => IsAttempt(i, attemptId), i =>
        {
            i.State = WatchState.Failed;
            i.FailureReason = reason;
        }, ct);

    /// <summary>Slack could not be reached (the request surely did not post): back to scheduled, one failure more.</summary>
    public Task<WatchItem?> ReleaseAfterTransientFailureAsync(int id, string attemptId, CancellationToken ct) =>
        TransitionAsync(id, i => IsAttempt(i, attemptId), i =>
        {
            i.State = WatchState.Scheduled;
            i.AttemptId = null;
            i.TransientFailures++;
        }, ct);

    public Task<WatchItem?> MarkUncertainAsync(int id, string attemptId, CancellationToken ct) =>
        TransitionAsync(id, i => IsAttempt(i, attemptId), i => i.State = WatchState.Uncertain, ct);

    /// <summary>At start: every item left in <see cref="WatchState.Publishing"/> by a dead process becomes uncertain.</summary>
    public Task<List<WatchItem>> MarkInterruptedAsUncertainAsync(CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var items = Items(db);
            var interrupted = items.Find(i => i.State == WatchState.Publishing).ToList();
            foreach (var item in interrupted)
            {
                item.State = WatchState.Uncertain;
                items.Update(item);
            }
            return interrupted;
        }, ct);

    /// <summary>The author checked: it is not in the channel. Publish it now.</summary>
    public Task<WatchItem?> RepublishAsync(int id, DateTime nowUtc, CancellationToken ct) =>
        TransitionAsync(id, i => i.State == WatchState.Uncertain, i =>
        {
            i.State = WatchState.Scheduled;
            i.PublishAtUtc = nowUtc;
            i.AttemptId = null;
        }, ct);

    /// <summary>The author checked: it is in the channel.</summary>
    public Task<WatchItem?> ConfirmPublishedAsync(int id, DateTime nowUtc, CancellationToken ct) =>
        TransitionAsync(id, i => i.State == WatchState.Uncertain, i =>
        {
            i.State = WatchState.Published;
            i.PublishedAtUtc = i.PublishingStartedAtUtc ?? nowUtc;
        }, ct);

    private Task<WatchItem?> TransitionAsync(int id, Func<WatchItem, bool> allowed, Action<WatchItem> change, CancellationToken ct) =>
        database.WriteAsync(db => GuardedUpdate.Apply(Items(db), id, allowed, change), ct);

    private static bool IsAttempt(WatchItem item, string attemptId) =>
        item.State == WatchState.Publishing && item.AttemptId == attemptId;

    private static ILiteCollection<WatchItem> Items(ILiteDatabase db) => db.GetCollection<WatchItem>(Collection);
}
