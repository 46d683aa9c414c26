namespace Brigade.Slack.Payloads;

/// <summary><c>block_suggestion</c>: a member typing in an external select.</summary>
public sealed record BlockSuggestionPayload : InteractionPayload
{
    public string ActionId { get; set; } = "";
    public string? BlockId { get; init; }
    /// <summary>What the member typed.</summary>
    public string Value { get; set; } = "";
    public InteractionContainer? Container { get; init; }
    public ViewPayload? View { get; init; }
}
