namespace Brigade.Slack.Payloads;

/// <summary>Where an interaction happened: a message (channel and ts) or a view.</summary>
public sealed record InteractionContainer
{
    public string Type { get; set; } = "";
    public string? MessageTs { get; init; }
    public string? ChannelId { get; init; }
    public bool IsEphemeral { get; init; }
    public string? ThreadTs { get; init; }
    public string? ViewId { get; init; }
}
