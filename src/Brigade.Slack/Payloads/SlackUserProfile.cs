namespace Brigade.Slack.Payloads;

/// <summary>The names a user gave themselves (<c>users.info</c>'s <c>profile</c>); either may be empty.</summary>
public sealed record SlackUserProfile
{
    public string? DisplayName { get; init; }
    public string? RealName { get; init; }
}
