namespace Brigade.Slack.BlockKit;

/// <summary>A text field: max_length at most 3000.</summary>
public sealed record PlainTextInput : BlockElement
{
    public string? InitialValue { get; }
    public bool? Multiline { get; }
    public int? MinLength { get; }
    public int? MaxLength { get; }
    public TextObject? Placeholder { get; }

    public PlainTextInput(string actionId, string? initialValue = null, bool multiline = false, int? minLength = null,
        int? maxLength = null, string? placeholder = null) : base(actionId)
    {
        if (minLength is < 0 or > 3000) throw new SlackLimitException("min_length must be between 0 and 3000.");
        if (maxLength is < 1 or > 3000) throw new SlackLimitException("max_length must be between 1 and 3000.");
        if (minLength > maxLength) throw new SlackLimitException("min_length cannot exceed max_length.");
        if (initialValue is not null && maxLength is not null && initialValue.Length > maxLength)
            throw new SlackLimitException("The initial value is longer than max_length.");
        InitialValue = string.IsNullOrEmpty(initialValue) ? null : initialValue;
        Multiline = multiline ? true : null;
        MinLength = minLength;
        MaxLength = maxLength;
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }
}
