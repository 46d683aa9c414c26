namespace Brigade.Slack.Payloads;

/// <summary>The workspace of an interaction; <c>null</c> on org-wide installs.</summary>
public sealed record SlackTeamRef
{
    public string Id { get; set; } = "";
    public string? Domain { get; init; }
    public string? EnterpriseId { get; init; }
}
