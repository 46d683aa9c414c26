using Brigade.Slack.SocketMode;

namespace Brigade.Slack.Testing.SocketMode;

public static class ConnectionStateWaits
{
    /// <summary>Completes once <paramref name="condition"/> holds (checked now and after every change), without polling.</summary>
    public static async Task WaitUntilAsync(this ISlackConnectionState state, Func<ISlackConnectionState, bool> condition,
        string what, TimeSpan? timeout = null)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            if (condition(state)) reached.TrySetResult();
        }
        state.Changed += Check;
        try
        {
            Check();
            await reached.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Socket Mode never reached: {what} (status {state.Status}, {state.OpenConnections} open, " +
                $"next attempt {state.NextAttemptIn}, last problem {state.LastProblem}).");
        }
        finally
        {
            state.Changed -= Check;
        }
    }

    /// <summary>Waits for the next reconnection wait to be armed and returns its length.</summary>
    public static async Task<TimeSpan> WaitForReconnectDelayAsync(this ISlackConnectionState state)
    {
        await state.WaitUntilAsync(s => s.NextAttemptIn is not null, "a reconnection wait");
        return state.NextAttemptIn!.Value;
    }

    /// <summary>
    /// Waits for the next reconnection wait, lets it elapse with <paramref name="advance"/> (the fake clock's
    /// Advance) and waits for the attempt it was waiting for to start. Returns the wait's length.
    /// </summary>
    public static async Task<TimeSpan> ElapseReconnectDelayAsync(this ISlackConnectionState state, Action<TimeSpan> advance)
    {
        var delay = await state.WaitForReconnectDelayAsync();
        var attempts = state.Attempts; // stable: no attempt starts before the wait elapses
        advance(delay);
        await state.WaitUntilAsync(s => s.Attempts > attempts, "the attempt after the wait");
        return delay;
    }
}
