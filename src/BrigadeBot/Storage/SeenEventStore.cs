using Brigade.Slack.Inbound;
using LiteDB;

namespace BrigadeBot.Storage;

/// <summary>
/// The Events API ids handled to the end, in <c>seen_events</c>: Slack redelivers an event it thinks we missed, possibly
/// after we restarted, and this still recognises it. An id is written once the handlers finished, never on receipt, so
/// an event cut short by a crash is handled again. Entries older than <see cref="Keep"/> are pruned.
/// </summary>
public sealed class SeenEventStore(BrigadeDatabase database, TimeProvider time) : IEventDeduplicator, IStoreSetup
{
    public const string Collection = "seen_events";

    /// <summary>Slack retries within the hour; a day leaves room for a long outage.</summary>
    public static readonly TimeSpan Keep = TimeSpan.FromHours(24);

    public void EnsureIndexes(ILiteDatabase db) => Events(db).EnsureIndex(e => e.ReceivedAt);

    public Task<bool> WasHandledAsync(string eventId, CancellationToken ct) =>
        database.ReadAsync(db => Events(db).FindById(eventId) is not null, ct);

    public Task MarkHandledAsync(string eventId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync(db => Events(db).Upsert(new SeenEvent { Id = eventId, ReceivedAt = now }), ct);
    }

    /// <summary>Forgets ids handled more than <see cref="Keep"/> ago; returns how many.</summary>
    public Task<int> PruneAsync(CancellationToken ct)
    {
        var cutoff = (time.GetUtcNow() - Keep).UtcDateTime;
        return database.WriteAsync(db => Events(db).DeleteMany(e => e.ReceivedAt < cutoff), ct);
    }

    private static ILiteCollection<SeenEvent> Events(ILiteDatabase db) => db.GetCollection<SeenEvent>(Collection);
}
