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
}
