namespace Brigade.Slack.BlockKit;

/// <summary>A URL field; Slack checks the format before submission.</summary>
public sealed record UrlTextInput : BlockElement
{
    public string? InitialValue { get; }
    public TextObject? Placeholder { get; }

    public UrlTextInput(string actionId, string? initialValue = null, string? placeholder = null) : base(actionId)
    {
        InitialValue = string.IsNullOrEmpty(initialValue) ? null : Limit.Text(initialValue, 3000, "url initial_value");
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }
}
