namespace Brigade.Slack.BlockKit;

/// <summary>A Block Kit text object: <c>plain_text</c> or <c>mrkdwn</c>.</summary>
public sealed record TextObject
{
    public string Type { get; }
    public string Text { get; }
    public bool? Emoji { get; }

    private TextObject(string type, string text, bool? emoji)
    {
        Type = type;
        Text = text;
        Emoji = emoji;
    }

    /// <summary>Plain text: shown verbatim, the safe choice for member-typed text.</summary>
    public static TextObject Plain(string text, int max = 3000, string what = "plain_text") =>
        new("plain_text", Limit.Text(text, max, what), true);

    /// <summary>mrkdwn text; any member-typed part must already have gone through <see cref="Mrkdwn.Escape"/>.</summary>
    public static TextObject Markdown(string text, int max = 3000, string what = "mrkdwn") =>
        new("mrkdwn", Limit.Text(text, max, what), null);
}
