using System.Text.Json;

namespace Brigade.Slack.Payloads;

/// <summary><c>block_actions</c>: a button click, a select change, a date pick…</summary>
public sealed record BlockActionsPayload : InteractionPayload
{
    public InteractionContainer? Container { get; init; }
    public SlackChannelRef? Channel { get; init; }
    /// <summary>The source message; absent for ephemeral messages.</summary>
    public JsonElement? Message { get; init; }
    /// <summary>The modal or Home view the action came from.</summary>
    public ViewPayload? View { get; init; }
    /// <summary>Only on message surfaces.</summary>
    public string? ResponseUrl { get; init; }
    public IReadOnlyList<BlockAction> Actions { get; set; } = [];
    public ViewState? State { get; init; }

    /// <summary>The channel of the message the action came from, if any.</summary>
    public string? ChannelId => Channel?.Id ?? Container?.ChannelId;
}
