using System.Collections.Concurrent;

namespace Brigade.Slack.Inbound;

/// <summary>In-memory de-duplication for one process lifetime (the default until the app provides its own).</summary>
public sealed class InMemoryEventDeduplicator(TimeProvider time) : IEventDeduplicator
{
    private static readonly TimeSpan Keep = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> handled = new(StringComparer.Ordinal);

    public Task<bool> WasHandledAsync(string eventId, CancellationToken ct) => Task.FromResult(handled.ContainsKey(eventId));

    public Task MarkHandledAsync(string eventId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (handled.Count > 10_000)
            foreach (var old in handled.Where(e => now - e.Value > Keep).Select(e => e.Key).ToArray())
                handled.TryRemove(old, out _);
        handled[eventId] = now;
        return Task.CompletedTask;
    }
}
