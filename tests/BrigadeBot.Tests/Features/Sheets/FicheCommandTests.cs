using BrigadeBot.Features.Common;
using System.Net;
using System.Text.Json.Nodes;

namespace BrigadeBot.Tests.Features.Sheets;

public sealed class FicheCommandTests : IAsyncLifetime
{
    private BrigadeHost host = null!;

    public async Task InitializeAsync() => host = await BrigadeHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<JsonObject> ReplyAsync(string text, string userId = BrigadeHost.Member)
    {
        var response = await host.CommandAsync(text, userId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await response.ReadObjectAsync();
        Assert.Equal("ephemeral", reply["response_type"]?.ToString());
        return reply;
    }

    private static string[] ResultTitles(JsonObject reply) =>
        reply["blocks"]!.AsArray().Where(b => b!["type"]!.ToString() == "section").Skip(1)
            .Select(b => b!["text"]!["text"]!.ToString().Split('\n')[0]).ToArray();

    private static string[] ButtonTexts(JsonObject reply) =>
        reply["blocks"]!.AsArray().Where(b => b!["type"]!.ToString() == "actions").Take(1)
            .SelectMany(b => b!["elements"]!.AsArray().Select(e => e!["text"]!["text"]!.ToString())).ToArray();

    [Theory]
    [InlineData("fiche securite", "Cybersécurité")]
    [InlineData("fiche wikipedia", "Écosystème Wikimédia")]
    [InlineData("FICHE Réseaux Sociaux", "Marketing numérique")]
    [InlineData("fiche mots de passe", "Cybersécurité")]
    [InlineData("fiche NFT", "Métavers, NFT et cryptomonnaies")]
    public async Task A_search_finds_the_seeded_theme_summary_first(string text, string expectedTitle)
    {
        var titles = ResultTitles(await ReplyAsync(text));

        Assert.InRange(titles.Length, 1, 5);
        Assert.Contains(expectedTitle, titles[0]);
        Assert.Contains("culturelaurentides.com/brigade/fiches/", titles[0]);
    }

    [Fact]
    public async Task A_member_gets_share_and_DM_buttons_but_not_the_animator_ones()
    {
        var reply = await ReplyAsync("fiche cybersécurité");

        Assert.Equal(["Partager dans le canal", "M'envoyer en message privé"], ButtonTexts(reply));
        Assert.Contains("C0GENERAL", reply.Readable()); // the share button carries the channel of the search
    }

    [Fact]
    public async Task An_animator_also_gets_edit_and_retire_with_a_confirmation()
    {
        var reply = await ReplyAsync("fiche cybersécurité", BrigadeHost.Animator);

        Assert.Equal(["Partager dans le canal", "M'envoyer en message privé", "Modifier", "Retirer"], ButtonTexts(reply));
        Assert.Contains(FrenchTypography.Apply("Retirer cette fiche ?"), reply.Readable());
    }

    [Fact]
    public async Task No_match_says_so_and_lists_the_themes()
    {
        var reply = await ReplyAsync("fiche tricot");
        var json = reply.Readable();

        Assert.Contains(FrenchTypography.Apply("Aucune fiche ne correspond à « tricot »"), json);
        Assert.Contains("Cybersécurité", json);
        Assert.Contains("Écosystème Wikimédia", json);
        Assert.DoesNotContain("\"actions\"", json);
    }

    [Fact]
    public async Task The_command_alone_lists_every_theme_with_its_sheet()
    {
        var reply = await ReplyAsync("fiche");
        var json = reply.Readable();

        Assert.Contains("Fiches de connaissances par thème", json);
        Assert.Contains("<https://culturelaurentides.com/brigade/fiches/loi-25|fiche synthèse>", reply.Readable());
        Assert.Contains("Loi 25 et renseignements personnels", json);
        Assert.DoesNotContain("fiche ajouter", json); // the publishing tip is for animators
        Assert.Contains("fiche ajouter", (await ReplyAsync("fiche", BrigadeHost.Animator)).Readable());
    }

    [Fact]
    public async Task Typed_text_echoed_back_cannot_ping_anyone()
    {
        var json = (await ReplyAsync("fiche <!channel> zzz")).Readable();

        Assert.DoesNotContain("<!channel>", json);
        Assert.Contains("&lt;!channel&gt;", json);
    }

    [Fact]
    public async Task A_member_cannot_open_the_publishing_modal()
    {
        var reply = await ReplyAsync("fiche ajouter");

        Assert.Contains("réservée aux personnes animatrices", reply.Readable());
        Assert.Empty(host.Slack.CallsTo("views.open"));
    }

    [Fact]
    public async Task An_animator_opens_the_publishing_modal_with_French_labels()
    {
        var response = await host.CommandAsync("fiche Ajouter", BrigadeHost.Animator);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var open = Assert.Single(host.Slack.CallsTo("views.open"));
        foreach (var label in new[] { "Nouvelle fiche", "Titre", "Thème", "Résumé (un paragraphe)", "Lien vers la page Web",
                     "Lien vers le PDF", "Mots-clés", "Origine", "Date de publication" })
            Assert.Contains($"\"{label}\"", open.AllText);
    }
}
