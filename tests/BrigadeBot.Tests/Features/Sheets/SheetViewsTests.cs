using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Sheets;
using BrigadeBot.Features.Common.KnowledgeSheets;

namespace BrigadeBot.Tests.Features.Sheets;

/// <summary>Stored text, however long or hostile, never makes a card, a list or a modal break Slack's limits.</summary>
public sealed class SheetViewsTests
{
    private static readonly string LongUrl = "https://exemple.org/" + new string('a', SheetLimits.UrlMax - 20);

    private static Sheet Hostile(int id = 1) => new()
    {
        Id = id,
        Title = new string('&', SheetLimits.TitleMax),
        Summary = "<!channel> " + new string('<', 4000),
        WebUrl = LongUrl,
        PdfUrl = LongUrl,
        ThemeSlug = "cybersecurite",
        Keywords = [.. Enumerable.Range(0, 50).Select(i => new string('k', 100))],
        AuthorId = "U0AUTHOR",
        PublishedOn = new DateOnly(2026, 12, 2),
    };

    private static int LongestText(object view) =>
        System.Text.RegularExpressions.Regex.Matches(SlackApiMethods.Node(view).ToJsonString(), "\"text\":\"((?:[^\"\\\\]|\\\\.)*)\"")
            .Max(m => System.Text.RegularExpressions.Regex.Unescape(m.Groups[1].Value).Length);

    [Fact]
    public void A_card_of_maximal_hostile_content_fits_a_section_and_pings_nobody()
    {
        var message = SheetCard.Message(Hostile(), "Cybersécurité", SheetsTexts.SharedBy("U0MEMBER"));

        Assert.InRange(LongestText(message), 1, 3000);
        var json = SlackApiMethods.Node(message).ToJsonString();
        Assert.DoesNotContain("<!channel>", json);
    }

    [Fact]
    public void Five_hostile_results_fit_one_message()
    {
        var sheets = Enumerable.Range(1, 5).Select(Hostile).ToArray();

        var message = SheetSearchReply.Results(new string('x', 3000), sheets, "C0GENERAL", isAnimator: true, _ => "Thème");

        Assert.True(message.Blocks!.Count <= 50);
        Assert.InRange(LongestText(message), 1, 3000);
    }

    [Fact]
    public void The_theme_list_is_split_into_sections_and_the_edit_modal_accepts_long_seeded_text()
    {
        var themes = Enumerable.Range(0, 150).Select(i => new ThemeOptions
        {
            Slug = "theme-" + i, Name = new string('T', 75), Description = new string('d', 5000), SheetUrl = LongUrl,
        }).ToArray();

        var list = SheetSearchReply.Themes(themes.Select(t => new ThemeSheets(t, null, 3)).ToArray(), "/brigade", true);
        var modal = SheetModal.Build(themes, new Sheet { Id = 4, Title = "T", Summary = themes[0].Description, ThemeSlug = "x" },
            new DateOnly(2026, 11, 30));

        Assert.True(list.Blocks!.Count <= 50);
        Assert.InRange(LongestText(list), 1, 3000);
        Assert.Equal(8, modal.Blocks.Count);
    }

    [Theory]
    [InlineData("Atelier 🎨 peinture", 10, "Atelier…")]
    [InlineData("Atelier 🎨 peinture", 11, "Atelier…")]
    [InlineData("Atelier🎨peinture", 10, "Atelier🎨…")]
    [InlineData("court", 10, "court")]
    public void Shortening_never_cuts_an_emoji_in_half(string text, int max, string expected) =>
        Assert.Equal(expected, MemberText.Cut(text, max));
}
