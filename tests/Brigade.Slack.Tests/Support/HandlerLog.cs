using System.Collections.Concurrent;
using Brigade.Slack.Routing;

namespace Brigade.Slack.Tests.Support;

/// <summary>What the test handlers saw, and the gates a slow handler waits on.</summary>
public sealed class HandlerLog
{
    private readonly ConcurrentQueue<string> entries = new();
    private readonly Lock gate = new();
    private TaskCompletionSource added = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<string> Entries => entries.ToArray();

    public void Add(string entry)
    {
        entries.Enqueue(entry);
        lock (gate)
        {
            added.TrySetResult();
            added = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Waits (up to 10 s of real time) for an entry starting with <paramref name="prefix"/>.</summary>
    public async Task<string> WaitForAsync(string prefix)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            Task next;
            lock (gate) next = added.Task;
            if (Entries.FirstOrDefault(e => e.StartsWith(prefix, StringComparison.Ordinal)) is { } entry) return entry;
            try
            {
                await next.WaitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No handler logged '{prefix}…'; got: {string.Join(" | ", Entries)}");
            }
        }
    }

    /// <summary>Set when the slow command handler has started.</summary>
    public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when the slow event handler has started; it ends when the test sets <see cref="SlowEventEnd"/>.</summary>
    public TaskCompletionSource SlowEventStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource SlowEventEnd { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many times the failing-once event handler ran.</summary>
    public int FailingEventRuns;

    /// <summary>What the slow command handler returns once the test completes it.</summary>
    public TaskCompletionSource<CommandReply?> SlowReply { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
