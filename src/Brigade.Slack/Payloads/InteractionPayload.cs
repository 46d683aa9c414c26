namespace Brigade.Slack.Payloads;

/// <summary>Fields common to every interactivity payload.</summary>
public abstract record InteractionPayload
{
    public string Type { get; set; } = "";
    public SlackUserRef User { get; set; } = new();
    public SlackTeamRef? Team { get; init; }
    public string? ApiAppId { get; init; }
    public string? TriggerId { get; init; }
    public bool IsEnterpriseInstall { get; init; }
}
