namespace Brigade.Slack.BlockKit;

/// <summary>Checkboxes: at most 10 options.</summary>
public sealed record Checkboxes : BlockElement
{
    public IReadOnlyList<Option> Options { get; }
    public IReadOnlyList<Option>? InitialOptions { get; }

    public Checkboxes(string actionId, IEnumerable<Option> options, IEnumerable<Option>? initialOptions = null) : base(actionId)
    {
        Options = Limit.Count(options, 10, "checkboxes options", min: 1);
        InitialOptions = Limit.InitialOptions(initialOptions, Options, "checkboxes'");
    }
}
