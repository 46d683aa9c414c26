using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Sheets;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Sheets;

public sealed class PublishSheetTests : IAsyncLifetime
{
    private BrigadeHost host = null!;

    public async Task InitializeAsync() => host = await BrigadeHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private SheetStore Store => host.Services.GetRequiredService<SheetStore>();

    private async Task<JsonObject?> SubmitAsync(SheetForm form, string userId = BrigadeHost.Animator,
        string callbackId = SheetsIds.CreateModal, string metadata = "")
    {
        var response = await host.InteractionAsync(SheetPayloads.Submit(callbackId, form, userId, metadata));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.IdleAsync();
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? null : JsonNode.Parse(body)!.AsObject();
    }

    [Fact]
    public async Task A_published_sheet_is_stored_announced_and_found()
    {
        var reply = await SubmitAsync(new SheetForm(PdfUrl: "https://culturelaurentides.com/brigade/fiches/infolettre.pdf"));

        Assert.Null(reply); // the modal closes
        var sheet = (await Store.ActiveAsync()).Single(s => s.Title == "Protéger son infolettre des pourriels");
        Assert.Equal(BrigadeHost.Animator, sheet.AuthorId);
        Assert.Equal(SheetOrigin.Conference, sheet.Origin);
        Assert.Equal(new DateOnly(2026, 12, 1), sheet.PublishedOn);
        Assert.Equal(["courriel", "délivrabilité", "antipourriel"], sheet.Keywords);
        var announcement = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("C0SHEETS", announcement.Arg("channel"));
        Assert.Contains("Nouvelle fiche de connaissances", announcement.AllText);
        Assert.Contains("Télécharger le PDF", announcement.AllText);
        Assert.Contains("publiée le 1er décembre 2026", announcement.AllText);
        Assert.Contains($"par <@{BrigadeHost.Animator}>", announcement.AllText);

        var found = await (await host.CommandAsync("fiche délivrabilité")).ReadObjectAsync();
        Assert.Contains("Protéger son infolettre des pourriels", found.Readable());
    }

    [Theory]
    [InlineData("ftp://culturelaurentides.com/fiche")]
    [InlineData("javascript:alert(1)")]
    [InlineData("culturelaurentides.com/fiche")]
    [InlineData("https://exemple.org/a|<!channel>")]
    public async Task A_link_that_is_not_http_or_https_is_refused_under_its_field(string url)
    {
        var reply = await SubmitAsync(new SheetForm(WebUrl: url, PdfUrl: url));

        Assert.Equal("errors", reply!["response_action"]!.ToString());
        Assert.Contains("https://", reply["errors"]![SheetsIds.WebUrlBlock]!.ToString());
        Assert.NotNull(reply["errors"]![SheetsIds.PdfUrlBlock]);
        Assert.Equal(11, (await Store.ActiveAsync()).Count);
        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Missing_fields_are_named_each_under_its_own_input()
    {
        var reply = await SubmitAsync(new SheetForm(Title: null, Theme: "inconnu", Summary: "  ", WebUrl: null));

        var errors = reply!["errors"]!.AsObject();
        Assert.Equal([SheetsIds.SummaryBlock, SheetsIds.ThemeBlock, SheetsIds.TitleBlock, SheetsIds.WebUrlBlock],
            errors.Select(e => e.Key).Order().ToArray());
    }

    [Fact]
    public async Task A_member_cannot_publish_even_with_a_forged_submission()
    {
        var reply = await SubmitAsync(new SheetForm(), BrigadeHost.Member);

        Assert.Contains("réservée aux personnes animatrices", reply!["errors"]![SheetsIds.TitleBlock]!.ToString());
        Assert.Equal(11, (await Store.ActiveAsync()).Count);
    }

    [Fact]
    public async Task When_the_announcement_fails_the_author_is_told_by_DM()
    {
        host.Slack.Enqueue("chat.postMessage", FakeReply.Error("not_in_channel"));

        await SubmitAsync(new SheetForm());

        var dm = host.Slack.CallsTo("chat.postMessage").Last();
        Assert.Contains("est publiée, mais je n'ai pas pu l'annoncer dans <#C0SHEETS>", dm.AllText);
        Assert.Equal(BrigadeHost.Animator, Assert.Single(host.Slack.CallsTo("conversations.open")).Arg("users"));
        Assert.Equal(12, (await Store.ActiveAsync()).Count);
    }

    [Fact]
    public async Task The_codevelopment_feature_can_publish_a_meeting_sheet()
    {
        using var scope = host.Services.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<SheetCatalog>();

        var sheet = await catalog.PublishMeetingSheetAsync("Codév : fixer ses tarifs", "marketing-numerique",
            "Ce que le groupe a proposé pour fixer ses tarifs.", "https://culturelaurentides.com/brigade/codev/tarifs", null,
            ["tarifs", "prix"], BrigadeHost.Animator, CancellationToken.None);
        await host.IdleAsync();

        Assert.Equal(SheetOrigin.CodevMeeting, (await Store.FindAsync(sheet.Id))!.Origin);
        Assert.Contains("Rencontre de codéveloppement", Assert.Single(host.Slack.CallsTo("chat.postMessage")).AllText);
        await Assert.ThrowsAsync<ArgumentException>(() => catalog.PublishMeetingSheetAsync("Titre", "marketing-numerique",
            "Résumé", "ftp://exemple.org", null, [], BrigadeHost.Animator, CancellationToken.None));
    }
}
