namespace Brigade.Slack.Payloads;

/// <summary>A text object as Slack echoes it back in payloads.</summary>
public sealed record TextPayload
{
    public string Type { get; set; } = "plain_text";
    public string Text { get; set; } = "";
}
