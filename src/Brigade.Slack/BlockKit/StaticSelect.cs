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
        InitialOption = Limit.InitialOption(initialOption, Options, "select's");
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }

    public StaticSelect(string actionId, IEnumerable<OptionGroup> groups, Option? initialOption = null, string? placeholder = null)
        : base(actionId)
    {
        OptionGroups = Limit.Count(groups, 100, "static_select option groups", min: 1);
        InitialOption = Limit.InitialOption(initialOption, OptionGroups.SelectMany(g => g.Options), "select's");
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }
}
