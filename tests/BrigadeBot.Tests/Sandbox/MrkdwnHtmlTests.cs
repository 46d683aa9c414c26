using BrigadeBot.Sandbox.Rendering;

namespace BrigadeBot.Tests.Sandbox;

public sealed class MrkdwnHtmlTests
{
    private static readonly RenderContext Context = new()
    {
        PersonName = id => id == "U0MEMBER1" ? "Alex <Tremblay>" : id,
        ChannelName = id => id == "C0WATCH" ? "veille" : id,
    };

    private static string Render(string mrkdwn) => MrkdwnHtml.Render(mrkdwn, Context);

    [Theory]
    [InlineData("*gras*", "<strong>gras</strong>")]
    [InlineData("_italique_", "<em>italique</em>")]
    [InlineData("~barré~", "<del>barré</del>")]
    [InlineData("`code *pas gras*`", "<code>code *pas gras*</code>")]
    [InlineData("```\nbloc\n*pas gras*```", "<pre>bloc\n*pas gras*</pre>")]
    [InlineData("> citation\n> suite", "<blockquote>citation<br>suite</blockquote>")]
    [InlineData("ligne 1\nligne 2", "ligne 1<br>ligne 2")]
    [InlineData("mot_avec_soulignés et 2*3*4", "mot_avec_soulignés et 2*3*4")]
    [InlineData(":wave: Bonjour :inconnu:", "👋 Bonjour :inconnu:")]
    public void Formatting(string mrkdwn, string html) => Assert.Equal(html, Render(mrkdwn));

    [Fact]
    public void Http_links_are_links_and_other_schemes_are_only_text()
    {
        Assert.Equal("<a href=\"https://example.org/a?b=1&amp;c=2\" target=\"_blank\" rel=\"noopener noreferrer\">la fiche</a>",
            Render("<https://example.org/a?b=1&amp;c=2|la fiche>"));
        Assert.Equal("clique", Render("<javascript:alert(1)|clique>"));
        Assert.Equal("data:text/html,x", Render("<data:text/html,x>"));
    }

    [Fact]
    public void Mentions_show_names_and_special_mentions_ping_nobody()
    {
        Assert.Equal("<span class=\"sb-mention\">@Alex &lt;Tremblay&gt;</span>", Render("<@U0MEMBER1>"));
        Assert.Equal("<span class=\"sb-mention\">#veille</span>", Render("<#C0WATCH>"));
        Assert.Equal("<span class=\"sb-mention\">@channel</span>", Render("<!channel>"));
        Assert.Equal("mardi 2 décembre", Render("<!date^1764691200^{date_long}|mardi 2 décembre>"));
    }

    [Fact]
    public void Slack_escapes_are_decoded_then_everything_is_HTML_encoded()
    {
        Assert.Equal("&lt;!channel&gt; &amp; &lt;script&gt;", Render("&lt;!channel&gt; &amp; &lt;script&gt;"));
        Assert.Equal("&lt;b onmouseover=&quot;x&quot;&gt;", Render("&lt;b onmouseover=\"x\"&gt;"));
        Assert.Equal("", Render("\u0001"));
    }

    [Fact]
    public void Bold_around_a_link_stays_bold()
    {
        Assert.Equal("<strong><a href=\"https://example.org/\" target=\"_blank\" rel=\"noopener noreferrer\">x</a></strong>",
            Render("*<https://example.org/|x>*"));
    }
}
