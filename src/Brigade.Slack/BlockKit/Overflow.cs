namespace Brigade.Slack.BlockKit;

/// <summary>An overflow menu: 2 to 5 options.</summary>
public sealed record Overflow : BlockElement
{
    public IReadOnlyList<Option> Options { get; }

    public Overflow(string actionId, IEnumerable<Option> options) : base(actionId) =>
        Options = Limit.Count(options, 5, "overflow options", min: 2);

    internal override bool IsInputElement => false;
}
