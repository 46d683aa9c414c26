namespace Brigade.Slack.Payloads;

/// <summary>A user as Slack describes the actor of an interaction.</summary>
public sealed record SlackUserRef
{
    public string Id { get; set; } = "";
    public string? Username { get; init; }
    public string? Name { get; init; }
    public string? TeamId { get; init; }
}
