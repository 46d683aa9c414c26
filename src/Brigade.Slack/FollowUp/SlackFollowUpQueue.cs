using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.FollowUp;

/// <summary>
/// Work that continues after Slack got its acknowledgement (events, slow replies, apologies).
/// Bounded: when it is full the work is refused and logged rather than piling up without limit.
/// </summary>
public sealed class SlackFollowUpQueue(ILogger<SlackFollowUpQueue> log)
{
    public const int Capacity = 10_000;

    internal sealed record WorkItem(string Name, Func<IServiceProvider, CancellationToken, Task> Work);

    private readonly Channel<WorkItem> channel = Channel.CreateBounded<WorkItem>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait });
    private readonly Lock gate = new();
    private int pending;
    private TaskCompletionSource idle = Completed();

    internal ChannelReader<WorkItem> Reader => channel.Reader;

    /// <summary>Queues work to run in its own DI scope; <c>false</c> when the queue is full.</summary>
    public bool Enqueue(string name, Func<IServiceProvider, CancellationToken, Task> work)
    {
        lock (gate)
        {
            if (pending++ == 0) idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        if (channel.Writer.TryWrite(new WorkItem(name, work))) return true;
        log.LogError("Follow-up queue full: {Work} was dropped", name);
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
