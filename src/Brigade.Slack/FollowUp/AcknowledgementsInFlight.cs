namespace Brigade.Slack.FollowUp;

/// <summary>
/// The acknowledgements being prepared right now. Follow-up work gives way to them: Slack gives up on an
/// acknowledgement after three seconds, while a message sent a moment later loses nothing.
/// </summary>
public sealed class AcknowledgementsInFlight
{
    private int count;
    private long begun;
    private TaskCompletionSource? clear;

    /// <summary>How many acknowledgements have begun since the start: a change tells that one began meanwhile.</summary>
    public long Begun => Interlocked.Read(ref begun);

    /// <summary>Counts one acknowledgement until the returned scope is disposed.</summary>
    public Scope Enter()
    {
        Interlocked.Increment(ref begun);
        Interlocked.Increment(ref count);
        return new Scope(this);
    }

    /// <summary>Completes once no acknowledgement is being prepared (at once when none is).</summary>
    public Task WhenClearAsync()
    {
        if (Volatile.Read(ref count) == 0) return Task.CompletedTask;
        var waiter = Volatile.Read(ref clear);
        if (waiter is null)
        {
            var created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiter = Interlocked.CompareExchange(ref clear, created, null) ?? created;
        }
        // The last acknowledgement may have ended before the waiter was published.
        if (Volatile.Read(ref count) == 0) Release();
        return waiter.Task;
    }

    private void Exit()
    {
        if (Interlocked.Decrement(ref count) == 0) Release();
    }

    private void Release() => Interlocked.Exchange(ref clear, null)?.TrySetResult();

    public readonly struct Scope(AcknowledgementsInFlight owner) : IDisposable
    {
        public void Dispose() => owner.Exit();
    }
}
