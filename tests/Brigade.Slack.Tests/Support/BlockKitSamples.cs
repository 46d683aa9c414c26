using Brigade.Slack.BlockKit;

namespace Brigade.Slack.Tests.Support;

/// <summary>Block Kit values of a chosen size, and the check both sides of a limit get.</summary>
public static class BlockKitSamples
{
    /// <summary>Accented, so that a limit counted in bytes instead of characters shows.</summary>
    public static string Text(int length) => new('é', length);

    public static Option[] Options(int count) => Enumerable.Range(0, count).Select(i => new Option($"Option {i}", $"v{i}")).ToArray();

    public static OptionGroup[] Groups(int count) => Enumerable.Range(0, count).Select(i => new OptionGroup($"G{i}", Options(1))).ToArray();

    public static TextObject[] Texts(int count) => Enumerable.Range(0, count).Select(i => TextObject.Plain($"t{i}")).ToArray();

    public static Block[] Blocks(int count) => Enumerable.Range(0, count).Select(i => (Block)new DividerBlock($"b{i}")).ToArray();

    /// <summary>What <paramref name="build"/> makes of exactly <paramref name="limit"/> is accepted, of one more refused.</summary>
    public static void AcceptsThenRefuses(int limit, Func<int, object> build)
    {
        build(limit);
        Assert.Throws<SlackLimitException>(() => build(limit + 1));
    }
}
