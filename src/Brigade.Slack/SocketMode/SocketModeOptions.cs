namespace Brigade.Slack.SocketMode;

/// <summary>
/// The <c>Slack:SocketMode</c> section: timings of the Socket Mode connection. Socket Mode itself is on
/// when <see cref="SlackOptions.AppToken"/> is set.
/// </summary>
public sealed class SocketModeOptions
{
    public const string Section = "Slack:SocketMode";

    /// <summary><c>/health</c> answers 503 once no connection has been open for longer than this.</summary>
    public double DisconnectedGraceSeconds { get; set; } = 30;

    /// <summary>How often we ping Slack over the WebSocket.</summary>
    public double PingIntervalSeconds { get; set; } = 15;

    /// <summary>A ping without its pong after this long means the link is dead: reconnect.</summary>
    public double PingTimeoutSeconds { get; set; } = 10;

    /// <summary>How long a new connection may take to say <c>hello</c>.</summary>
    public double HelloTimeoutSeconds { get; set; } = 10;

    /// <summary>The first wait before reconnecting after a lost connection; it doubles on each failure.</summary>
    public double ReconnectDelaySeconds { get; set; } = 1;

    /// <summary>The longest wait between two attempts (jitter keeps each wait between half and all of it).</summary>
    public double MaxReconnectDelaySeconds { get; set; } = 60;

    public TimeSpan DisconnectedGrace => TimeSpan.FromSeconds(DisconnectedGraceSeconds);
    public TimeSpan PingInterval => TimeSpan.FromSeconds(PingIntervalSeconds);
    public TimeSpan PingTimeout => TimeSpan.FromSeconds(PingTimeoutSeconds);
    public TimeSpan HelloTimeout => TimeSpan.FromSeconds(HelloTimeoutSeconds);
    public TimeSpan ReconnectDelay => TimeSpan.FromSeconds(ReconnectDelaySeconds);
    public TimeSpan MaxReconnectDelay => TimeSpan.FromSeconds(MaxReconnectDelaySeconds);

    /// <summary>The malformed values, each naming its key (empty when all are fine).</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        foreach (var (key, value) in new[]
                 {
                     (nameof(DisconnectedGraceSeconds), DisconnectedGraceSeconds), (nameof(PingIntervalSeconds), PingIntervalSeconds),
                     (nameof(PingTimeoutSeconds), PingTimeoutSeconds), (nameof(HelloTimeoutSeconds), HelloTimeoutSeconds),
                     (nameof(ReconnectDelaySeconds), ReconnectDelaySeconds), (nameof(MaxReconnectDelaySeconds), MaxReconnectDelaySeconds),
                 })
            if (!(value > 0) || value > TimeSpan.FromDays(1).TotalSeconds)
                errors.Add($"{Section}:{key} must be a number of seconds above 0 and at most one day.");
        if (MaxReconnectDelaySeconds < ReconnectDelaySeconds)
            errors.Add($"{Section}:MaxReconnectDelaySeconds must be at least {Section}:ReconnectDelaySeconds.");
        return errors;
    }
}
