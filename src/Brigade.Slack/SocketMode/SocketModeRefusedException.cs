namespace Brigade.Slack.SocketMode;

/// <summary>Slack answered the connection with <c>disconnect</c> instead of <c>hello</c>.</summary>
internal sealed class SocketModeRefusedException(string reason) : Exception($"Slack refused the connection ({reason})")
{
    public string Reason { get; } = reason;
}
