namespace Brigade.Slack.BlockKit;

public sealed record OptionGroup
{
    public TextObject Label { get; }
    public IReadOnlyList<Option> Options { get; }

    public OptionGroup(string label, IEnumerable<Option> options)
    {
        Label = TextObject.Plain(label, 75, "option group label");
        Options = Limit.Count(options, 100, "option group", min: 1);
    }
}
