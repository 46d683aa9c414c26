using System.Collections.Concurrent;

namespace Brigade.Slack.Inbound;

/// <summary>In-memory de-duplication for one process lifetime (the default until the app provides its own).</summary>
public sealed class InMemoryEventDeduplicator(TimeProvider time) : IEventDeduplicator
{
    private static readonly TimeSpan Keep = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);

    public Task<bool> TryMarkSeenAsync(string eventId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (seen.Count > 10_000)
            foreach (var old in seen.Where(e => now - e.Value > Keep).Select(e => e.Key).ToArray())
                seen.TryRemove(old, out _);
        return Task.FromResult(seen.TryAdd(eventId, now));
    }
}
