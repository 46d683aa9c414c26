namespace Brigade.Slack.BlockKit;

/// <summary>Thrown while building a block, element or view that Slack would refuse.</summary>
public sealed class SlackLimitException(string message) : ArgumentException(message);
