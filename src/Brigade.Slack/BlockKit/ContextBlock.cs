namespace Brigade.Slack.BlockKit;

/// <summary>Small grey text: at most 10 text objects.</summary>
public sealed record ContextBlock : Block
{
    public IReadOnlyList<TextObject> Elements { get; }

    public ContextBlock(IEnumerable<TextObject> elements, string? blockId = null) : base(blockId) =>
        Elements = Limit.Count(elements, 10, "context elements", min: 1);

    public static ContextBlock Markdown(string mrkdwn, string? blockId = null) => new([TextObject.Markdown(mrkdwn)], blockId);
}
