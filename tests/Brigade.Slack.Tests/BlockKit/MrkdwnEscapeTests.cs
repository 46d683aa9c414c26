using Brigade.Slack.BlockKit;

namespace Brigade.Slack.Tests.BlockKit;

/// <summary>
/// Each of Slack's three control characters on its own and in every position, the broadcast mentions, and link URLs
/// with a blank or break around them.
/// </summary>
public sealed class MrkdwnEscapeTests
{
    [Theory]
    [InlineData("&", "&amp;")]
    [InlineData("<", "&lt;")]
    [InlineData(">", "&gt;")]
    [InlineData("<>&", "&lt;&gt;&amp;")]
    [InlineData("a<b", "a&lt;b")]
    [InlineData("fin>", "fin&gt;")]
    [InlineData("&&", "&amp;&amp;")]
    public void Each_control_character_is_escaped_wherever_it_stands(string text, string expected)
    {
        Assert.Equal(expected, Mrkdwn.Escape(text));
    }

    [Theory]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("<!here>", "&lt;!here&gt;")]
    [InlineData("<!everyone>", "&lt;!everyone&gt;")]
    [InlineData("<!here|here>", "&lt;!here|here&gt;")]
    [InlineData("Salut <!channel>, venez !", "Salut &lt;!channel&gt;, venez !")]
    public void Broadcast_mentions_show_as_text(string text, string expected)
    {
        var escaped = Mrkdwn.Escape(text);

        Assert.Equal(expected, escaped);
        Assert.DoesNotContain("<", escaped);
    }

    // Without brackets nothing is a control sequence: "@channel" only pings with link_names, which we never send.
    [Theory]
    [InlineData("@channel")]
    [InlineData("@here")]
    [InlineData("@everyone")]
    [InlineData("!channel | ^ * _ ~ ` #C1 @U1")]
    public void Text_without_a_control_character_is_returned_as_is(string text)
    {
        Assert.Same(text, Mrkdwn.Escape(text));
    }

    [Theory]
    [InlineData(" https://example.org")]
    [InlineData("\nhttps://example.org")]
    [InlineData("https://example.org ")]
    public void A_url_with_a_blank_around_it_cannot_be_linked(string url)
    {
        Assert.False(Mrkdwn.IsSafeLinkUrl(url));
        Assert.Throws<ArgumentException>(() => Mrkdwn.Link(url, "Atelier"));
    }
}
