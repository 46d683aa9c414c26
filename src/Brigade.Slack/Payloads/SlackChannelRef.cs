namespace Brigade.Slack.Payloads;

public sealed record SlackChannelRef
{
    public string Id { get; init; } = "";
    public string? Name { get; init; }
}
