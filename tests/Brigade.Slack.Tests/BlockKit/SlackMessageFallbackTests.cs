using Brigade.Slack.BlockKit;

namespace Brigade.Slack.Tests.BlockKit;

/// <summary>
/// The edges of the emoji-free fallback text: an empty block list, a text at the section limit, one-letter emoji
/// names and the colons that do not make one.
/// </summary>
public sealed class SlackMessageFallbackTests
{
    [Fact]
    public void An_empty_block_list_gets_the_section_like_no_list()
    {
        var message = new SlackMessage(":warning: Attention", []);

        Assert.Equal("Attention", message.Text);
        Assert.Equal(":warning: Attention", Assert.IsType<SectionBlock>(Assert.Single(message.Blocks!)).Text?.Text);
    }

    [Fact]
    public void A_text_that_fills_a_section_exactly_is_kept_in_one()
    {
        var text = ":tada: " + new string('x', 3000 - 7);

        var message = new SlackMessage(text);

        Assert.Equal(text, Assert.IsType<SectionBlock>(Assert.Single(message.Blocks!)).Text?.Text);
        Assert.Equal(new string('x', 3000 - 7), message.Text);
    }

    [Fact]
    public void A_text_too_long_for_a_section_goes_without_blocks()
    {
        var text = ":tada: " + new string('x', 3001 - 7);

        var message = new SlackMessage(text);

        Assert.Null(message.Blocks);
        Assert.Equal(new string('x', 3001 - 7), message.Text);
    }

    [Theory]
    [InlineData(":x: Échec", "Échec")]
    [InlineData(":m::x: Deux", "Deux")]
    [InlineData("  :tada: Fait", "Fait")]
    [InlineData(":+1::e-mail::100: Merci", "Merci")]
    [InlineData(":: Rien", ":: Rien")]
    [InlineData(":Tada: Majuscule", ":Tada: Majuscule")]
    [InlineData(":a", ":a")]
    public void Leading_emoji_codes_are_left_out_of_the_fallback(string text, string fallback)
    {
        Assert.Equal(fallback, SlackMessage.WithoutLeadingEmoji(text));
    }
}
