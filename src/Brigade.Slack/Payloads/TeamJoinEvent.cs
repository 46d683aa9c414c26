namespace Brigade.Slack.Payloads;

/// <summary><c>team_join</c>: a member joined the workspace.</summary>
public sealed record TeamJoinEvent
{
    public SlackUserInfo User { get; set; } = new();
}
