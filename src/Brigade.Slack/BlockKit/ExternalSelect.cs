namespace Brigade.Slack.BlockKit;

/// <summary>A select whose options are loaded from us as the member types (block_suggestion).</summary>
public sealed record ExternalSelect : BlockElement
{
    public TextObject? Placeholder { get; }
    public Option? InitialOption { get; }
    public int? MinQueryLength { get; }

    public ExternalSelect(string actionId, string? placeholder = null, Option? initialOption = null, int? minQueryLength = null)
        : base(actionId)
    {
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
        InitialOption = initialOption;
        if (minQueryLength is < 0) throw new SlackLimitException("min_query_length cannot be negative.");
        MinQueryLength = minQueryLength;
    }
}
