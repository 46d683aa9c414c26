namespace Brigade.Slack.Payloads;

/// <summary><c>shortcut</c> (global) and <c>message_action</c> (message shortcut).</summary>
public sealed record ShortcutPayload : InteractionPayload
{
    public string CallbackId { get; set; } = "";
    public string? ResponseUrl { get; init; }
    public SlackChannelRef? Channel { get; init; }
    public string? MessageTs { get; init; }
}
