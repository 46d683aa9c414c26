using Brigade.Slack.Inbound;
using LiteDB;

namespace BrigadeBot.Storage;

/// <summary>
/// The Events API ids already taken, in <c>seen_events</c>: Slack redelivers an event it thinks we missed, possibly
/// after we restarted, and this still recognises it. Entries older than <see cref="Keep"/> are pruned.
/// </summary>
public sealed class SeenEventStore(BrigadeDatabase database, TimeProvider time) : IEventDeduplicator, IStoreSetup
{
    public const string Collection = "seen_events";

    /// <summary>Slack retries within the hour; a day leaves room for a long outage.</summary>
    public static readonly TimeSpan Keep = TimeSpan.FromHours(24);

    public void EnsureIndexes(ILiteDatabase db) => Events(db).EnsureIndex(e => e.ReceivedAt);

    public Task<bool> TryMarkSeenAsync(string eventId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Look before inserting: a duplicate-key error would make LiteDB roll the whole transaction back.
        return database.WriteAsync(db =>
        {
            var events = Events(db);
            if (events.FindById(eventId) is not null)
                return false;
            events.Insert(new SeenEvent { Id = eventId, ReceivedAt = now });
            return true;
        }, ct);
    }

    /// <summary>Forgets ids received more than <see cref="Keep"/> ago; returns how many.</summary>
    public Task<int> PruneAsync(CancellationToken ct)
    {
        var cutoff = (time.GetUtcNow() - Keep).UtcDateTime;
        return database.WriteAsync(db => Events(db).DeleteMany(e => e.ReceivedAt < cutoff), ct);
    }

    private static ILiteCollection<SeenEvent> Events(ILiteDatabase db) => db.GetCollection<SeenEvent>(Collection);
}

/// <summary>One Events API delivery already taken.</summary>
public sealed class SeenEvent
{
    /// <summary>Slack's <c>event_id</c>, the document's <c>_id</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>When it was first received, UTC.</summary>
    public DateTime ReceivedAt { get; set; }
}
