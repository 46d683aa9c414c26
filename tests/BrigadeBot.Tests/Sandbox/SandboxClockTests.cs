using BrigadeBot.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace BrigadeBot.Tests.Sandbox;

/// <summary>The sandbox's clock: the machine's time plus what « Avancer l'horloge » added, timers firing as it jumps.</summary>
public sealed class SandboxClockTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider machine = new(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));

    [Fact]
    public void It_reads_the_machine_time_plus_the_jumps()
    {
        var clock = new SandboxClock(machine);

        clock.Advance(TimeSpan.FromHours(1));
        machine.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 15, 5, 0, TimeSpan.Zero), clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromHours(1), clock.Offset);
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromHours(-1)));
    }

    [Fact]
    public async Task A_jump_past_a_delay_ends_it_at_once_and_a_shorter_jump_does_not()
    {
        var clock = new SandboxClock(machine);
        var reminder = Task.Delay(TimeSpan.FromHours(24), clock);

        clock.Advance(TimeSpan.FromHours(23));
        Assert.False(reminder.IsCompleted);
        clock.Advance(TimeSpan.FromHours(1));

        await reminder.WaitAsync(Patience);
    }

    [Fact]
    public async Task Time_flowing_on_the_machine_ends_a_delay_too()
    {
        var clock = new SandboxClock(machine);
        var ack = Task.Delay(TimeSpan.FromSeconds(3), clock);

        machine.Advance(TimeSpan.FromSeconds(3));

        await ack.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_periodic_timer_fires_once_per_jump_and_keeps_its_rhythm()
    {
        var clock = new SandboxClock(machine);
        var ticks = 0;
        var fired = new SemaphoreSlim(0);
        using var timer = clock.CreateTimer(_ => { Interlocked.Increment(ref ticks); fired.Release(); }, null,
            TimeSpan.FromHours(1), TimeSpan.FromHours(1));

        clock.Advance(TimeSpan.FromDays(1));
        Assert.True(await fired.WaitAsync(Patience));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.True(await fired.WaitAsync(Patience));

        Assert.Equal(2, ticks);
    }

    [Fact]
    public void A_disposed_timer_never_fires()
    {
        var clock = new SandboxClock(machine);
        var fired = false;
        var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        timer.Dispose();
        clock.Advance(TimeSpan.FromHours(1));

        Assert.False(fired);
        Assert.False(timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
    }
}
