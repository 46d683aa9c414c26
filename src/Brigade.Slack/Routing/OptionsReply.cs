using Brigade.Slack.BlockKit;

namespace Brigade.Slack.Routing;

/// <summary>The options of an external select: at most 100 options or 100 groups.</summary>
public sealed record OptionsReply
{
    public IReadOnlyList<Option>? Options { get; }
    public IReadOnlyList<OptionGroup>? OptionGroups { get; }

    public OptionsReply(IEnumerable<Option> options) =>
        Options = options.Take(100).ToArray();

    public OptionsReply(IEnumerable<OptionGroup> groups) =>
        OptionGroups = groups.Take(100).ToArray();

    public static OptionsReply None => new(Array.Empty<Option>());
}
