using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace BrigadeBot.Tests.Features.Watch;

/// <summary>
/// The fake clock, telling which timers the app starts: a test waits until the bot is waiting for the clock
/// (a delay of a known length) before it moves the clock on, instead of sleeping.
/// </summary>
public sealed class TimerWatchingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> started = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Told only once the timer exists: a test (or RunShortTimersAsync) that moves the clock as soon as it hears of
        // the timer must find it registered, or the move would pass before it and the timer would never fire.
        var timer = base.CreateTimer(callback, state, dueTime, period);
        started.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits until a timer of exactly <paramref name="dueTime"/> is started.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (await started.Reader.ReadAsync(timeout.Token) != dueTime) { }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No timer of {dueTime} was started.");
        }
    }

    /// <summary>
    /// Until <paramref name="ct"/> is cancelled, lets every timer of at most <paramref name="max"/> elapse as soon as it
    /// starts (the clock moves by its due time): for short waits, such as a client's backoff, that the test is not about.
    /// Longer ones wait for the test to move the clock.
    /// </summary>
    public async Task RunShortTimersAsync(TimeSpan max, CancellationToken ct)
    {
        try
        {
            await foreach (var due in started.Reader.ReadAllAsync(ct))
                if (due > TimeSpan.Zero && due <= max) Advance(due);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
