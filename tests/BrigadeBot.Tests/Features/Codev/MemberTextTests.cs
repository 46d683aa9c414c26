using BrigadeBot.Features.Common;
using BrigadeBot.Features.Codev;

namespace BrigadeBot.Tests.Features.Codev;

public sealed class MemberTextTests
{
    [Theory]
    [InlineData("<!channel> bonjour", 100, "&lt;!channel&gt; bonjour")]
    [InlineData("&&&&&", 12, "&amp;&amp;…")]
    [InlineData("abc<def", 8, "abc&lt;…")]
    [InlineData("abc<def", 5, "abc…")]
    public void Escapes_then_fits_without_breaking_an_escape(string typed, int max, string expected)
    {
        var fitted = MemberText.ForMrkdwn(typed, max);

        Assert.Equal(expected, fitted);
        Assert.True(fitted.Length <= max);
    }

    [Fact]
    public void A_cut_never_splits_an_emoji()
    {
        var fitted = MemberText.ForMrkdwn(new string('a', 8) + "👍👍", 10);
        var line = MemberText.OneLine(new string('a', 8) + "👍👍", 10);

        Assert.Equal(new string('a', 8) + "…", fitted);
        Assert.False(char.IsHighSurrogate(line[^2]));
    }

    [Fact]
    public void One_line_joins_lines_and_fits_an_option_label()
    {
        Assert.Equal("un deux trois", MemberText.OneLine("un\n deux\r\n\ttrois", 75));
        Assert.Equal(75, MemberText.OneLine(new string('x', 200), 75).Length);
    }
}
