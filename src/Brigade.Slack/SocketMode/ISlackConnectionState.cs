namespace Brigade.Slack.SocketMode;

/// <summary>
/// How the bot's outbound link to Slack is doing, for health checks and logs. Only Socket Mode has such a
/// link: over HTTP Slack calls us and <see cref="IsEnabled"/> is <c>false</c>.
/// </summary>
public interface ISlackConnectionState
{
    /// <summary><c>true</c> when the bot uses Socket Mode (<c>Slack:AppToken</c> is set).</summary>
    bool IsEnabled { get; }

    /// <summary>Connections that said <c>hello</c> and are still open (two while one replaces another).</summary>
    int OpenConnections { get; }

    /// <summary>Since when no connection is open; <c>null</c> while one is.</summary>
    DateTimeOffset? DisconnectedSince { get; }

    /// <summary>The wait before the next connection attempt, while the bot waits; <c>null</c> otherwise.</summary>
    TimeSpan? NextAttemptIn { get; }

    /// <summary>Connection attempts made since the start (each one asks <c>apps.connections.open</c> for a new URL).</summary>
    int Attempts { get; }

    /// <summary>Why the last connection ended or the last attempt failed.</summary>
    string? LastProblem { get; }

    /// <summary><c>true</c> once the bot gave up for good (Socket Mode switched off for the app, missing token).</summary>
    bool IsStopped { get; }

    /// <summary>"connected", "disconnected", "stopped" or "off".</summary>
    string Status { get; }

    /// <summary>Off, connected, or disconnected for less than <see cref="SocketModeOptions.DisconnectedGraceSeconds"/>.</summary>
    bool IsHealthy { get; }

    /// <summary>Raised after every change (on the thread that made it).</summary>
    event Action? Changed;
}
