namespace Brigade.Slack.BlockKit;

/// <summary>A number field; Slack sends the value back as a string.</summary>
public sealed record NumberInput : BlockElement
{
    public bool IsDecimalAllowed { get; }
    public string? InitialValue { get; }
    public string? MinValue { get; }
    public string? MaxValue { get; }
    public TextObject? Placeholder { get; }

    public NumberInput(string actionId, bool isDecimalAllowed = false, decimal? initialValue = null, decimal? minValue = null,
        decimal? maxValue = null, string? placeholder = null) : base(actionId)
    {
        if (minValue > maxValue) throw new SlackLimitException("min_value cannot exceed max_value.");
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        IsDecimalAllowed = isDecimalAllowed;
        InitialValue = initialValue?.ToString(culture);
        MinValue = minValue?.ToString(culture);
        MaxValue = maxValue?.ToString(culture);
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }
}
