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

    /// <summary>Slack refuses an initial option that is not one of the element's own options.</summary>
    public static Option? InitialOption(Option? initial, IEnumerable<Option> options, string owner)
    {
        if (initial is not null && !options.Contains(initial))
            throw new SlackLimitException($"The initial option must be one of the {owner} options.");
        return initial;
    }

    /// <summary>The initial options (none is written as absent), each one of the element's own options.</summary>
    public static IReadOnlyList<Option>? InitialOptions(IEnumerable<Option>? initial, IReadOnlyList<Option> options, string owner)
    {
        var chosen = initial?.ToArray();
        if (chosen is not { Length: > 0 }) return null;
        if (chosen.Any(o => !options.Contains(o)))
            throw new SlackLimitException($"Every initial option must be one of the {owner} options.");
        return chosen;
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
