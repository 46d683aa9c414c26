using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Watch;

/// <summary>The <c>watch_feed_entries</c> collection: every entry the feeds ever showed.</summary>
public sealed partial class FeedEntryStore(BrigadeDatabase database) : IStoreSetup
{
    public const string Collection = "watch_feed_entries";

    public void EnsureIndexes(ILiteDatabase db) => Entries(db).EnsureIndex(e => e.SeenAtUtc);

    public Task<FeedEntry?> GetAsync(string id, CancellationToken ct = default) => database.ReadAsync<FeedEntry?>(db => Entries(db).FindById(id), ct);

    /// <summary>Stores the entries not seen before and returns them (a duplicate in the batch counts once).</summary>
    public Task<List<FeedEntry>> AddNewAsync(IEnumerable<FeedEntry> entries, CancellationToken ct)
    {
        var batch = entries.ToList();
        return database.WriteAsync(db =>
        {
            var collection = Entries(db);
            var added = new List<FeedEntry>();
            foreach (var entry in batch)
            {
                // Look before inserting: a duplicate-key error would roll the whole transaction back.
                if (collection.FindById(entry.Id) is not null) continue;
                collection.Insert(entry);
                added.Add(entry);
            }
            return added;
        }, ct);
    }

    public Task<FeedEntry?> MarkOfferedAsync(string id, CancellationToken ct) =>
        TransitionAsync(id, e => e.State == FeedEntryState.Seen, e => e.State = FeedEntryState.Offered, ct);

    public Task<FeedEntry?> IgnoreAsync(string id, string userId, CancellationToken ct) =>
        TransitionAsync(id, e => e.State is FeedEntryState.Seen or FeedEntryState.Offered, e =>
        {
            e.State = FeedEntryState.Ignored;
            e.DecidedBy = userId;
        }, ct);

    public Task<FeedEntry?> MarkPlannedAsync(string id, string userId, int watchItemId, CancellationToken ct) =>
        TransitionAsync(id, e => e.State != FeedEntryState.Planned, e =>
        {
            e.State = FeedEntryState.Planned;
            e.DecidedBy = userId;
            e.WatchItemId = watchItemId;
        }, ct);

    private Task<FeedEntry?> TransitionAsync(string id, Func<FeedEntry, bool> allowed, Action<FeedEntry> change, CancellationToken ct) =>
        database.WriteAsync(db => GuardedUpdate.Apply(Entries(db), id, allowed, change), ct);

    private static ILiteCollection<FeedEntry> Entries(ILiteDatabase db) => db.GetCollection<FeedEntry>(Collection);
}
