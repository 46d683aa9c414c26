namespace Brigade.Slack.Payloads;

/// <summary>
/// A modal or Home view as it arrives in an interaction payload, without its blocks: what a person entered is in
/// <see cref="State"/>, and reading a modal's whole definition again at every submission cost a sixth of the request path.
/// </summary>
public sealed record ViewPayload
{
    public string Id { get; set; } = "";
    public string? TeamId { get; init; }
    public string Type { get; set; } = "";
    public string? CallbackId { get; init; }
    public string? PrivateMetadata { get; init; }
    public string? Hash { get; init; }
    public string? RootViewId { get; init; }
    public string? PreviousViewId { get; init; }
    public string? ExternalId { get; init; }
    public string? AppId { get; init; }
    public string? BotId { get; init; }
    public ViewState State { get; set; } = ViewState.Empty;
}
