namespace Brigade.Slack.BlockKit;

internal static class Limit
{
    public static string Text(string? value, int max, string what, int min = 1)
    {
        value ??= "";
        if (value.Length < min) throw new SlackLimitException($"{what} must have at least {min} character(s).");
        if (value.Length > max) throw new SlackLimitException($"{what} has {value.Length} characters; Slack allows {max}.");
        return value;
    }

    public static string? OptionalText(string? value, int max, string what) =>
        value is null ? null : Text(value, max, what);

    public static IReadOnlyList<T> Count<T>(IEnumerable<T>? items, int max, string what, int min = 0)
    {
        var list = items?.ToArray() ?? [];
        if (list.Length < min) throw new SlackLimitException($"{what} needs at least {min} item(s).");
        if (list.Length > max) throw new SlackLimitException($"{what} has {list.Length} items; Slack allows {max}.");
        return list;
    }

    public static string? Id(string? id, string what) => OptionalText(id, 255, what);

    public static void UniqueBlockIds(IEnumerable<Block> blocks, string surface)
    {
        var seen = new HashSet<string>();
        foreach (var block in blocks)
            if (block.BlockId is { } id && !seen.Add(id))
                throw new SlackLimitException($"{surface} has the block_id '{id}' twice.");
    }
}
