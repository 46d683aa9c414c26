namespace Brigade.Slack.SocketMode;

/// <summary>
/// Waits between connection attempts: doubling from the first delay up to the maximum, each wait drawn
/// between half and all of its step so that many bots do not reconnect in step.
/// </summary>
internal sealed class ReconnectBackoff(SocketModeOptions options, Func<double> random)
{
    private int failures;

    /// <summary>Failed attempts or short-lived connections in a row.</summary>
    public int Failures => failures;

    /// <summary>The step for <paramref name="failures"/> failures in a row, before jitter.</summary>
    public static TimeSpan Step(SocketModeOptions options, int failures)
    {
        var step = options.ReconnectDelaySeconds * Math.Pow(2, Math.Min(failures, 30));
        return TimeSpan.FromSeconds(Math.Min(step, options.MaxReconnectDelaySeconds));
    }

    /// <summary>The wait before the next attempt, which counts as one more failure.</summary>
    public TimeSpan Next()
    {
        var step = Step(options, failures);
        failures++;
        return step * (0.5 + 0.5 * Math.Clamp(random(), 0, 1));
    }

    /// <summary>
    /// A connection ended: if it had lived longer than the longest wait, Slack was fine and the next wait
    /// starts from the first delay again; a connection that dies at once keeps the waits growing.
    /// </summary>
    public void ConnectionEnded(TimeSpan lifetime)
    {
        if (lifetime >= options.MaxReconnectDelay) failures = 0;
    }
}
