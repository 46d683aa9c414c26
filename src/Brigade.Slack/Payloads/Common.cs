using System.Text.Json;

namespace Brigade.Slack.Payloads;

/// <summary>A user as Slack describes the actor of an interaction.</summary>
public sealed record SlackUserRef
{
    public string Id { get; init; } = "";
    public string? Username { get; init; }
    public string? Name { get; init; }
    public string? TeamId { get; init; }
}

/// <summary>The workspace of an interaction; <c>null</c> on org-wide installs.</summary>
public sealed record SlackTeamRef
{
    public string Id { get; init; } = "";
    public string? Domain { get; init; }
    public string? EnterpriseId { get; init; }
}

public sealed record SlackChannelRef
{
    public string Id { get; init; } = "";
    public string? Name { get; init; }
}

/// <summary>Where an interaction happened: a message (channel and ts) or a view.</summary>
public sealed record InteractionContainer
{
    public string Type { get; init; } = "";
    public string? MessageTs { get; init; }
    public string? ChannelId { get; init; }
    public bool IsEphemeral { get; init; }
    public string? ThreadTs { get; init; }
    public string? ViewId { get; init; }
}

/// <summary>A text object as Slack echoes it back in payloads.</summary>
public sealed record TextPayload
{
    public string Type { get; init; } = "plain_text";
    public string Text { get; init; } = "";
}

/// <summary>An option as Slack echoes it back (selected_option, selected_options).</summary>
public sealed record OptionPayload
{
    public TextPayload? Text { get; init; }
    public string Value { get; init; } = "";
}

/// <summary>A modal or Home view as it arrives in an interaction payload.</summary>
public sealed record ViewPayload
{
    public string Id { get; init; } = "";
    public string? TeamId { get; init; }
    public string Type { get; init; } = "";
    public string? CallbackId { get; init; }
    public string? PrivateMetadata { get; init; }
    public string? Hash { get; init; }
    public string? RootViewId { get; init; }
    public string? PreviousViewId { get; init; }
    public string? ExternalId { get; init; }
    public string? AppId { get; init; }
    public string? BotId { get; init; }
    public ViewState State { get; init; } = ViewState.Empty;
    public JsonElement? Blocks { get; init; }
}
