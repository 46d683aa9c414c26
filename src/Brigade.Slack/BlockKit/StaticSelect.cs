namespace Brigade.Slack.BlockKit;

/// <summary>A single select over at most 100 options (or 100 groups).</summary>
public sealed record StaticSelect : BlockElement
{
    public TextObject? Placeholder { get; }
    public IReadOnlyList<Option>? Options { get; }
    public IReadOnlyList<OptionGroup>? OptionGroups { get; }
    public Option? InitialOption { get; }

    public StaticSelect(string actionId, IEnumerable<Option> options, Option? initialOption = null, string? placeholder = null)
        : base(actionId)
    {
        Options = Limit.Count(options, 100, "static_select options", min: 1);
        if (initialOption is not null && !Options.Contains(initialOption))
            throw new SlackLimitException("The initial option must be one of the select's options.");
        InitialOption = initialOption;
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }

    public StaticSelect(string actionId, IEnumerable<OptionGroup> groups, Option? initialOption = null, string? placeholder = null)
        : base(actionId)
    {
        OptionGroups = Limit.Count(groups, 100, "static_select option groups", min: 1);
        InitialOption = initialOption;
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }
}
