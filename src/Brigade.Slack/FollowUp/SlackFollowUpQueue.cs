using System.Threading.Channels;
using Brigade.Slack.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.FollowUp;

/// <summary>
/// Work that continues after Slack got its acknowledgement (events, slow replies, apologies).
/// Bounded: when it is full the work is refused and logged rather than piling up without limit. Each item keeps the
/// <see cref="SlackRequestId"/> of the request that queued it.
/// </summary>
public sealed class SlackFollowUpQueue
{
    public const int Capacity = 10_000;

    internal sealed record WorkItem(string Name, Func<IServiceProvider, CancellationToken, Task> Work, string? RequestId, long QueuedAt);

    private readonly ILogger<SlackFollowUpQueue> log;
    private readonly SlackMetrics metrics;
    private readonly TimeProvider time;

    private readonly Channel<WorkItem> channel = Channel.CreateBounded<WorkItem>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait });
    private readonly Lock gate = new();
    private int pending;
    private TaskCompletionSource idle = Completed();

    public SlackFollowUpQueue(ILogger<SlackFollowUpQueue> log, SlackMetrics metrics, TimeProvider time)
    {
        this.log = log;
        this.metrics = metrics;
        this.time = time;
        metrics.ObserveFollowUpDepth(() => Volatile.Read(ref pending));
    }

    internal ChannelReader<WorkItem> Reader => channel.Reader;

    /// <summary>Queues work to run in its own DI scope; <c>false</c> when the queue is full.</summary>
    public bool Enqueue(string name, Func<IServiceProvider, CancellationToken, Task> work)
    {
        lock (gate)
        {
            if (pending++ == 0) idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        if (channel.Writer.TryWrite(new WorkItem(name, work, SlackRequestId.Current, time.GetTimestamp()))) return true;
        log.LogError("Follow-up queue full: {Work} was dropped", name);
        metrics.FollowUpDropped();
        MarkDone();
        return false;
    }

    /// <summary>Completes when no queued or running work is left (tests wait on it instead of sleeping).</summary>
    public Task WhenIdleAsync()
    {
        lock (gate) return idle.Task;
    }

    internal void MarkDone()
    {
        lock (gate)
        {
            if (--pending == 0) idle.TrySetResult();
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
