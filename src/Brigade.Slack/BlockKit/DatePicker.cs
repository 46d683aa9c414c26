namespace Brigade.Slack.BlockKit;

/// <summary>A date picker; dates as <c>YYYY-MM-DD</c>.</summary>
public sealed record DatePicker : BlockElement
{
    public string? InitialDate { get; }
    public TextObject? Placeholder { get; }

    public DatePicker(string actionId, DateOnly? initialDate = null, string? placeholder = null) : base(actionId)
    {
        InitialDate = initialDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }
}
