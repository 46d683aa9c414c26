using System.Collections.Concurrent;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// Slack accepts about one message per second per channel. Posts to one channel go one at a time
/// (<see cref="EnterAsync"/>, so that items due together keep their order) and at least <see cref="Gap"/> apart
/// (<see cref="WaitTurnAsync"/>), measured on the app's clock.
/// </summary>
public sealed class ChannelPacer(TimeProvider time)
{
    public static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(1100);

    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> nextAllowed = new(StringComparer.Ordinal);

    /// <summary>Holds the channel until the returned handle is disposed.</summary>
    public async Task<IDisposable> EnterAsync(string channelId, CancellationToken ct)
    {
        var gate = gates.GetOrAdd(channelId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    /// <summary>Waits until the channel may receive a message, and books the slot after it.</summary>
    public async Task WaitTurnAsync(string channelId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var slot = now;
        nextAllowed.AddOrUpdate(channelId, _ => now + Gap, (_, next) =>
        {
            slot = next > now ? next : now;
            return slot + Gap;
        });
        if (slot > now) await Task.Delay(slot - now, time, ct);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }
}
