using System.Diagnostics;

namespace BrigadeBot.Sandbox;

/// <summary>
/// The sandbox's clock: the machine's time plus an offset that « Avancer l'horloge » moves forward. Time flows as
/// in real Slack (the ack deadline, Quartz's waits), and a jump fires at once every timer it passes, so the
/// reminders and follow-ups due in the skipped hours run. The real host never uses it.
/// </summary>
public sealed class SandboxClock : TimeProvider
{
    private readonly TimeProvider machine;
    private readonly Lock gate = new();
    private readonly HashSet<SandboxTimer> timers = [];
    private TimeSpan offset;

    public SandboxClock(TimeProvider? machine = null) => this.machine = machine ?? System;

    public TimeSpan Offset
    {
        get { lock (gate) return offset; }
    }

    public override DateTimeOffset GetUtcNow() => machine.GetUtcNow() + Offset;

    public override long TimestampFrequency => Stopwatch.Frequency;

    public override long GetTimestamp() =>
        machine.GetTimestamp() + (long)(Offset.TotalSeconds * Stopwatch.Frequency);

    /// <summary>Moves the clock forward; every timer now due fires.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        SandboxTimer[] live;
        lock (gate)
        {
            offset += by;
            live = timers.ToArray();
        }
        foreach (var timer in live) timer.Rearm();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new SandboxTimer(this, callback, state);
        lock (gate) timers.Add(timer);
        timer.Change(dueTime, period);
        return timer;
    }

    internal void Forget(SandboxTimer timer)
    {
        lock (gate) timers.Remove(timer);
    }

    /// <summary>A timer due at an instant of sandbox time, waiting on a machine timer for the time left.</summary>
    internal sealed class SandboxTimer(SandboxClock clock, TimerCallback callback, object? state) : ITimer
    {
        private readonly Lock gate = new();
        private DateTimeOffset? dueAt;
        private TimeSpan period = Timeout.InfiniteTimeSpan;
        private bool disposed;
        private ITimer? machineTimer;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (gate)
            {
                if (disposed) return false;
                this.period = period;
                dueAt = dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime;
            }
            Rearm();
            return true;
        }

        /// <summary>Fires now when due, else waits on the machine clock for the time left.</summary>
        public void Rearm()
        {
            bool fire, again = false;
            lock (gate)
            {
                machineTimer?.Dispose();
                machineTimer = null;
                if (disposed || dueAt is not { } due) return;
                var left = due - clock.GetUtcNow();
                fire = left <= TimeSpan.Zero;
                if (fire)
                {
                    dueAt = period <= TimeSpan.Zero ? null : Later(due + period, clock.GetUtcNow(), period);
                    again = dueAt is not null;
                }
                else
                    machineTimer = clock.machine.CreateTimer(_ => Rearm(), null, left, Timeout.InfiniteTimeSpan);
            }
            if (!fire) return;
            ThreadPool.UnsafeQueueUserWorkItem(_ => callback(state), null);
            if (again) Rearm();
        }

        // After a jump of several periods a periodic timer fires once, then resumes its rhythm from now.
        private static DateTimeOffset Later(DateTimeOffset next, DateTimeOffset now, TimeSpan period) => next > now ? next : now + period;

        public void Dispose()
        {
            lock (gate)
            {
                disposed = true;
                machineTimer?.Dispose();
                machineTimer = null;
            }
            clock.Forget(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
