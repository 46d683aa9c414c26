using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Brigade.Slack.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells when code starts waiting: every timer created (Task.Delay on this
/// clock) is announced with its due time, so a test advances the clock only once the wait really began.
/// </summary>
public sealed class ObservedTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly Channel<TimeSpan> created = Channel.CreateUnbounded<TimeSpan>();

    public ObservedTimeProvider() : this(DateTimeOffset.UtcNow) { }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        created.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer created (waits for it, up to 10 s of real time).</summary>
    public async Task<TimeSpan> NextTimerAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            return await created.Reader.ReadAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("No timer was created on the fake clock.");
        }
    }

    /// <summary>Waits for the next timer whose due time is <paramref name="dueTime"/>, skipping others.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        while (await NextTimerAsync() != dueTime) { }
    }

    /// <summary>Advances the clock by each timer's due time as timers appear, until <paramref name="work"/> ends.</summary>
    public async Task<T> AdvanceUntilDoneAsync<T>(Task<T> work)
    {
        var patience = Task.Delay(Patience);
        while (!work.IsCompleted)
        {
            var ready = created.Reader.WaitToReadAsync().AsTask();
            var first = await Task.WhenAny(work, ready, patience);
            if (first == patience) throw new TimeoutException("The work neither ended nor waited on the fake clock.");
            if (first == ready && created.Reader.TryRead(out var due)) Advance(due);
        }
        return await work;
    }

    public async Task AdvanceUntilDoneAsync(Task work) =>
        await AdvanceUntilDoneAsync(work.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default));
}
