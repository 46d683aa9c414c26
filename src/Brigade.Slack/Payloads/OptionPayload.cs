namespace Brigade.Slack.Payloads;

/// <summary>An option as Slack echoes it back (selected_option, selected_options).</summary>
public sealed record OptionPayload
{
    public TextPayload? Text { get; init; }
    public string Value { get; set; } = "";
}
