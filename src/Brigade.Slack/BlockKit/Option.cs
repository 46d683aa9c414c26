namespace Brigade.Slack.BlockKit;

/// <summary>An option of a select, checkbox group or radio group.</summary>
public sealed record Option
{
    public TextObject Text { get; }
    public string Value { get; }
    public TextObject? Description { get; }

    public Option(string text, string value, string? description = null)
    {
        Text = TextObject.Plain(text, 75, "option text");
        Value = Limit.Text(value, 150, "option value");
        Description = description is null ? null : TextObject.Plain(description, 75, "option description");
    }

    private Option(TextObject text, string value, TextObject? description)
    {
        Text = text;
        Value = value;
        Description = description;
    }

    /// <summary>An option whose label is mrkdwn (radio buttons and checkboxes only).</summary>
    public static Option Markdown(string mrkdwn, string value, string? description = null) =>
        new(TextObject.Markdown(mrkdwn, 75, "option text"), Limit.Text(value, 150, "option value"),
            description is null ? null : TextObject.Plain(description, 75, "option description"));
}
