namespace Brigade.Slack.Payloads;

/// <summary><c>view_closed</c>: sent only for views with <c>notify_on_close</c>.</summary>
public sealed record ViewClosedPayload : InteractionPayload
{
    public ViewPayload View { get; set; } = new();
    public bool IsCleared { get; init; }
}
