namespace Brigade.Slack.Payloads;

/// <summary>
/// A slash command invocation. Over HTTP it arrives form-encoded; over Socket Mode as a JSON object
/// with the same field names. <see cref="SubCommand"/> and <see cref="Arguments"/> are filled by the dispatcher.
/// </summary>
public sealed record SlashCommand
{
    public string TeamId { get; set; } = "";
    public string? TeamDomain { get; init; }
    public string? EnterpriseId { get; init; }
    public string ChannelId { get; set; } = "";
    public string? ChannelName { get; init; }
    public string UserId { get; set; } = "";
    public string? UserName { get; init; }
    public string Command { get; set; } = "";
    /// <summary>Everything typed after the command, as Slack sent it.</summary>
    public string Text { get; set; } = "";
    public string? ResponseUrl { get; init; }
    public string? TriggerId { get; init; }
    public string? ApiAppId { get; init; }
    public bool IsEnterpriseInstall { get; init; }

    /// <summary>The first word of <see cref="Text"/>, lower-cased and without accents ("" when none).</summary>
    public string SubCommand { get; set; } = "";
    /// <summary>The text after the sub-command, trimmed.</summary>
    public string Arguments { get; set; } = "";

    /// <summary>Builds a command from form or JSON fields (unknown ones ignored).</summary>
    public static SlashCommand FromFields(Func<string, string?> field) => new()
    {
        TeamId = field("team_id") ?? "",
        TeamDomain = field("team_domain"),
        EnterpriseId = field("enterprise_id"),
        ChannelId = field("channel_id") ?? "",
        ChannelName = field("channel_name"),
        UserId = field("user_id") ?? "",
        UserName = field("user_name"),
        Command = field("command") ?? "",
        Text = field("text") ?? "",
        ResponseUrl = field("response_url"),
        TriggerId = field("trigger_id"),
        ApiAppId = field("api_app_id"),
        IsEnterpriseInstall = string.Equals(field("is_enterprise_install"), "true", StringComparison.OrdinalIgnoreCase),
    };
}
