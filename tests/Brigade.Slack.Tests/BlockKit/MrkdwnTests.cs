using Brigade.Slack.BlockKit;

namespace Brigade.Slack.Tests.BlockKit;

/// <summary>Member text in mrkdwn pings nobody and disguises no link; links we build are safe.</summary>
public sealed class MrkdwnTests
{
    [Theory]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("<!here> <!everyone>", "&lt;!here&gt; &lt;!everyone&gt;")]
    [InlineData("<@U123>", "&lt;@U123&gt;")]
    [InlineData("<!subteam^S123>", "&lt;!subteam^S123&gt;")]
    [InlineData("<https://evil|ok>", "&lt;https://evil|ok&gt;")]
    [InlineData("Tom & Jerry", "Tom &amp; Jerry")]
    [InlineData("&lt;", "&amp;lt;")]
    [InlineData("*gras* _italique_ « café »", "*gras* _italique_ « café »")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_replaces_the_three_control_characters(string? text, string expected)
    {
        Assert.Equal(expected, Mrkdwn.Escape(text));
    }

    [Fact]
    public void An_ampersand_is_escaped_once_not_twice()
    {
        var escaped = Mrkdwn.Escape("R&D <équipe>");

        Assert.Equal("R&amp;D &lt;équipe&gt;", escaped);
        Assert.DoesNotContain("&amp;amp;", escaped);
        Assert.DoesNotContain("&amp;lt;", escaped);
    }

    [Fact]
    public void A_link_escapes_its_label()
    {
        Assert.Equal("<https://example.org/a?b=1&amp;c=2|R&amp;D &lt;!channel&gt;>",
            Mrkdwn.Link("https://example.org/a?b=1&c=2", "R&D <!channel>"));
        Assert.Equal("<https://example.org>", Mrkdwn.Link("https://example.org"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("ftp://example.org/file")]
    [InlineData("https://example.org/|fake label")]
    [InlineData("https://example.org/<!channel>")]
    [InlineData("https://example.org/>x")]
    [InlineData("https://example.org/a b")]
    [InlineData("/relative")]
    [InlineData("")]
    public void Link_refuses_unsafe_urls(string url)
    {
        Assert.Throws<ArgumentException>(() => Mrkdwn.Link(url, "label"));
    }

    [Fact]
    public void Mentions_accept_only_slack_ids()
    {
        Assert.Equal("<@U123ABC>", Mrkdwn.User("U123ABC"));
        Assert.Equal("<#C123ABC>", Mrkdwn.Channel("C123ABC"));
        Assert.Throws<ArgumentException>(() => Mrkdwn.User("U1> <!channel"));
        Assert.Throws<ArgumentException>(() => Mrkdwn.Channel(""));
    }

    [Fact]
    public void A_date_escapes_its_fallback()
    {
        var when = DateTimeOffset.FromUnixTimeSeconds(1392734382);

        Assert.Equal("<!date^1392734382^{date_short_pretty} {time}|18 févr. &lt;6 h 39&gt;>",
            Mrkdwn.Date(when, "{date_short_pretty} {time}", "18 févr. <6 h 39>"));
    }
}
