using Brigade.Slack.BlockKit;

namespace Brigade.Slack.Tests.BlockKit;

/// <summary>Links: both web schemes pass, a line break never does, and an empty label means none.</summary>
public sealed class MrkdwnLinkTests
{
    [Theory]
    [InlineData("http://example.org/atelier")]
    [InlineData("https://example.org/atelier")]
    public void Both_web_schemes_can_be_linked(string url)
    {
        Assert.True(Mrkdwn.IsSafeLinkUrl(url));
        Assert.Equal($"<{url}>", Mrkdwn.Link(url, ""));
    }

    [Theory]
    [InlineData("https://example.org/a\nb")]
    [InlineData("https://example.org/a\rb")]
    [InlineData(null)]
    public void A_url_with_a_line_break_or_no_url_cannot_be_linked(string? url)
    {
        Assert.False(Mrkdwn.IsSafeLinkUrl(url));
    }

    [Fact]
    public void An_id_with_a_character_outside_letters_and_digits_is_not_an_id()
    {
        Assert.Throws<ArgumentException>(() => Mrkdwn.User("U12-3"));
        Assert.Throws<ArgumentException>(() => Mrkdwn.User(""));
    }
}
