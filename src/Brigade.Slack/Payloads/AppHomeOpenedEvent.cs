namespace Brigade.Slack.Payloads;

/// <summary><c>app_home_opened</c>: sent on every visit to the App Home.</summary>
public sealed record AppHomeOpenedEvent
{
    public string User { get; set; } = "";
    public string? Channel { get; init; }
    /// <summary><c>home</c> or <c>messages</c>.</summary>
    public string? Tab { get; init; }
    public ViewPayload? View { get; init; }
}
