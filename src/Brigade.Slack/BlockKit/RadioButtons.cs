namespace Brigade.Slack.BlockKit;

/// <summary>Radio buttons: at most 10 options.</summary>
public sealed record RadioButtons : BlockElement
{
    public IReadOnlyList<Option> Options { get; }
    public Option? InitialOption { get; }

    public RadioButtons(string actionId, IEnumerable<Option> options, Option? initialOption = null) : base(actionId)
    {
        Options = Limit.Count(options, 10, "radio_buttons options", min: 1);
        InitialOption = Limit.InitialOption(initialOption, Options, "radio buttons'");
    }
}
