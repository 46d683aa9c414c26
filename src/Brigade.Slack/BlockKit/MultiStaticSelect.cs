namespace Brigade.Slack.BlockKit;

public sealed record MultiStaticSelect : BlockElement
{
    public TextObject? Placeholder { get; }
    public IReadOnlyList<Option> Options { get; }
    public IReadOnlyList<Option>? InitialOptions { get; }

    public MultiStaticSelect(string actionId, IEnumerable<Option> options, IEnumerable<Option>? initialOptions = null,
        string? placeholder = null) : base(actionId)
    {
        Options = Limit.Count(options, 100, "multi_static_select options", min: 1);
        InitialOptions = Limit.InitialOptions(initialOptions, Options, "select's");
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }
}
