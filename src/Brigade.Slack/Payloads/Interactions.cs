using System.Text.Json;

namespace Brigade.Slack.Payloads;

/// <summary>Fields common to every interactivity payload.</summary>
public abstract record InteractionPayload
{
    public string Type { get; init; } = "";
    public SlackUserRef User { get; init; } = new();
    public SlackTeamRef? Team { get; init; }
    public string? ApiAppId { get; init; }
    public string? TriggerId { get; init; }
    public bool IsEnterpriseInstall { get; init; }
}

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
    public IReadOnlyList<BlockAction> Actions { get; init; } = [];
    public ViewState? State { get; init; }

    /// <summary>The channel of the message the action came from, if any.</summary>
    public string? ChannelId => Channel?.Id ?? Container?.ChannelId;
}

/// <summary>One element's action inside a <see cref="BlockActionsPayload"/>.</summary>
public sealed record BlockAction
{
    public string Type { get; init; } = "";
    public string ActionId { get; init; } = "";
    public string? BlockId { get; init; }
    public string? ActionTs { get; init; }
    /// <summary>button value.</summary>
    public string? Value { get; init; }
    public OptionPayload? SelectedOption { get; init; }
    public IReadOnlyList<OptionPayload>? SelectedOptions { get; init; }
    public string? SelectedDate { get; init; }
    public string? SelectedTime { get; init; }
    public string? SelectedUser { get; init; }
    public string? SelectedConversation { get; init; }
    public string? SelectedChannel { get; init; }
}

/// <summary><c>view_submission</c>: a modal's submit button.</summary>
public sealed record ViewSubmissionPayload : InteractionPayload
{
    public ViewPayload View { get; init; } = new();
    public JsonElement? ResponseUrls { get; init; }
}

/// <summary><c>view_closed</c>: sent only for views with <c>notify_on_close</c>.</summary>
public sealed record ViewClosedPayload : InteractionPayload
{
    public ViewPayload View { get; init; } = new();
    public bool IsCleared { get; init; }
}

/// <summary><c>block_suggestion</c>: a member typing in an external select.</summary>
public sealed record BlockSuggestionPayload : InteractionPayload
{
    public string ActionId { get; init; } = "";
    public string? BlockId { get; init; }
    /// <summary>What the member typed.</summary>
    public string Value { get; init; } = "";
    public InteractionContainer? Container { get; init; }
    public ViewPayload? View { get; init; }
}

/// <summary><c>shortcut</c> (global) and <c>message_action</c> (message shortcut).</summary>
public sealed record ShortcutPayload : InteractionPayload
{
    public string CallbackId { get; init; } = "";
    public string? ResponseUrl { get; init; }
    public SlackChannelRef? Channel { get; init; }
    public string? MessageTs { get; init; }
}
