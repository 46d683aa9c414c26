namespace Brigade.Slack.BlockKit;

/// <summary>A button: text at most 75 characters, value at most 2000.</summary>
public sealed record Button : BlockElement
{
    public TextObject Text { get; }
    public string? Value { get; }
    public string? Url { get; }
    public string? Style { get; }
    public ConfirmDialog? Confirm { get; }
    public string? AccessibilityLabel { get; }

    public Button(string actionId, string text, string? value = null, ButtonStyle style = ButtonStyle.Default,
        string? url = null, ConfirmDialog? confirm = null, string? accessibilityLabel = null) : base(actionId)
    {
        Text = TextObject.Plain(text, 75, "button text");
        Value = Limit.OptionalText(value, 2000, "button value");
        Url = Limit.OptionalText(url, 3000, "button url");
        Style = style switch { ButtonStyle.Primary => "primary", ButtonStyle.Danger => "danger", _ => null };
        Confirm = confirm;
        AccessibilityLabel = Limit.OptionalText(accessibilityLabel, 75, "accessibility_label");
    }

    internal override bool IsInputElement => false;
}
