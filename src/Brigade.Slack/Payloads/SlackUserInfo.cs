namespace Brigade.Slack.Payloads;

/// <summary>A user object (<c>team_join</c>, <c>users.info</c>, <c>users.list</c>).</summary>
public sealed record SlackUserInfo
{
    public string Id { get; set; } = "";
    public string? Name { get; init; }
    public bool Deleted { get; init; }
    public bool IsBot { get; init; }
    public bool IsAppUser { get; init; }
    public bool IsAdmin { get; init; }
    public bool IsOwner { get; init; }
    public bool IsRestricted { get; init; }
    public bool IsUltraRestricted { get; init; }
    public string? Tz { get; init; }
    public string? Locale { get; init; }
    public SlackUserProfile? Profile { get; init; }
}
