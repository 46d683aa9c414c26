namespace Brigade.Slack.BlockKit;

/// <summary>Interactive elements in a row: at most 25.</summary>
public sealed record ActionsBlock : Block
{
    public IReadOnlyList<BlockElement> Elements { get; }

    public ActionsBlock(IEnumerable<BlockElement> elements, string? blockId = null) : base(blockId)
    {
        Elements = Limit.Count(elements, 25, "actions elements", min: 1);
        UniqueActionIds(Elements);
    }

    internal static void UniqueActionIds(IEnumerable<BlockElement> elements)
    {
        var seen = new HashSet<string>();
        foreach (var element in elements)
            if (element.ActionId is { } id && !seen.Add(id))
                throw new SlackLimitException($"The action_id '{id}' appears twice in one block.");
    }
}
