using System.Collections.Concurrent;

namespace Brigade.Slack.WebApi;

/// <summary>After a 429, Slack asks the whole method to wait: every caller of that method waits, not just one.</summary>
internal sealed class MethodPauses(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> pausedUntil = new(StringComparer.Ordinal);

    public void Pause(string method, TimeSpan wait)
    {
        var until = time.GetUtcNow() + wait;
        pausedUntil.AddOrUpdate(method, until, (_, current) => current > until ? current : until);
    }

    public async Task WaitAsync(string method, CancellationToken ct)
    {
        if (!pausedUntil.TryGetValue(method, out var until)) return;
        var wait = until - time.GetUtcNow();
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct);
    }
}
