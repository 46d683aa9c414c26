namespace Brigade.Slack.BlockKit;

/// <summary>A confirmation dialog on a button: title 100, text 300, buttons 30 characters.</summary>
public sealed record ConfirmDialog
{
    public TextObject Title { get; }
    public TextObject Text { get; }
    public TextObject Confirm { get; }
    public TextObject Deny { get; }
    public string? Style { get; }

    public ConfirmDialog(string title, string text, string confirm, string deny, bool danger = false)
    {
        Title = TextObject.Plain(title, 100, "confirm title");
        Text = TextObject.Plain(text, 300, "confirm text");
        Confirm = TextObject.Plain(confirm, 30, "confirm button");
        Deny = TextObject.Plain(deny, 30, "deny button");
        Style = danger ? "danger" : null;
    }
}
