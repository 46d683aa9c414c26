namespace Brigade.Slack.Payloads;

public sealed record SlackChannelRef
{
    public string Id { get; set; } = "";
    public string? Name { get; init; }
}
