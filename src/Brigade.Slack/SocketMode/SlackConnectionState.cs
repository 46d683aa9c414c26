using Microsoft.Extensions.Options;

namespace Brigade.Slack.SocketMode;

/// <summary>The one <see cref="ISlackConnectionState"/>, written by <see cref="SlackSocketModeService"/>.</summary>
public sealed class SlackConnectionState(
    IOptions<SlackOptions> slack,
    IOptions<SocketModeOptions> options,
    TimeProvider time) : ISlackConnectionState
{
    private readonly Lock gate = new();
    private DateTimeOffset? disconnectedSince;

    public bool IsEnabled => slack.Value.IsSocketModeConfigured;
    public int OpenConnections { get; private set; }
    public DateTimeOffset? DisconnectedSince => disconnectedSince;
    public TimeSpan? NextAttemptIn { get; private set; }
    public int Attempts { get; private set; }
    public string? LastProblem { get; private set; }
    public bool IsStopped { get; private set; }

    public string Status => !IsEnabled ? "off" : IsStopped ? "stopped" : OpenConnections > 0 ? "connected" : "disconnected";

    public bool IsHealthy
    {
        get
        {
            if (!IsEnabled) return true;
            lock (gate)
            {
                if (IsStopped) return false;
                return OpenConnections > 0 || time.GetUtcNow() - (disconnectedSince ?? time.GetUtcNow()) <= options.Value.DisconnectedGrace;
            }
        }
    }

    public event Action? Changed;

    internal void Starting() => Update(() => disconnectedSince ??= time.GetUtcNow());

    internal void Opened() => Update(() =>
    {
        OpenConnections++;
        disconnectedSince = null;
        NextAttemptIn = null;
    });

    internal void Closed(string reason) => Update(() =>
    {
        OpenConnections = Math.Max(0, OpenConnections - 1);
        LastProblem = reason;
        if (OpenConnections == 0) disconnectedSince ??= time.GetUtcNow();
    });

    internal void Waiting(TimeSpan delay, string reason) => Update(() =>
    {
        NextAttemptIn = delay;
        LastProblem = reason;
    });

    internal void Attempting() => Update(() =>
    {
        NextAttemptIn = null;
        Attempts++;
    });

    internal void Stopped(string reason) => Update(() =>
    {
        IsStopped = true;
        NextAttemptIn = null;
        LastProblem = reason;
        disconnectedSince ??= time.GetUtcNow();
    });

    private void Update(Action change)
    {
        lock (gate) change();
        Changed?.Invoke();
    }
}
