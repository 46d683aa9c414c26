using BrigadeBot.Features.Common;
using System.Net;
using BrigadeBot.Features.Sheets;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Sheets;

public sealed class EditAndRetireSheetTests : IAsyncLifetime
{
    private BrigadeHost host = null!;

    public async Task InitializeAsync() => host = await BrigadeHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private SheetStore Store => host.Services.GetRequiredService<SheetStore>();
    private async Task<Sheet> WikimediaAsync() => (await Store.ActiveAsync()).Single(s => s.ThemeSlug == "wikimedia");

    private async Task ClickAsync(string actionId, int sheetId, string userId)
    {
        var response = await host.InteractionAsync(SheetPayloads.Click(host, actionId, sheetId.ToString(), userId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.IdleAsync();
    }

    private async Task<string> SearchAsync(string words) =>
        (await (await host.CommandAsync("fiche " + words)).ReadObjectAsync()).Readable();

    [Fact]
    public async Task Edit_opens_the_prefilled_modal_and_its_submission_replaces_the_content()
    {
        var id = (await WikimediaAsync()).Id;

        await ClickAsync(SheetsIds.Edit, id, BrigadeHost.Animator);

        var open = Assert.Single(host.Slack.CallsTo("views.open"));
        Assert.Contains("Modifier la fiche", open.AllText);
        Assert.Contains("Écosystème Wikimédia", open.AllText);
        Assert.Contains($"\"private_metadata\":\"{id}\"", open.AllText);

        var response = await host.InteractionAsync(SheetPayloads.Submit(SheetsIds.EditModal,
            new SheetForm(Title: "Contribuer à Wikidata", Theme: "wikimedia", Keywords: "données liées"), metadata: id.ToString()));
        Assert.Equal("", await response.Content.ReadAsStringAsync());

        var edited = (await Store.FindAsync(id))!;
        Assert.Equal("Contribuer à Wikidata", edited.Title);
        Assert.Equal(BrigadeHost.Animator, edited.UpdatedBy);
        Assert.Equal(SheetSeeds.Key("wikimedia"), edited.SeedKey);
        Assert.Contains("Contribuer à Wikidata", await SearchAsync("données liées"));
    }

    [Fact]
    public async Task A_retired_sheet_leaves_the_searches_but_stays_in_storage()
    {
        var id = (await WikimediaAsync()).Id;
        Assert.Contains("Écosystème Wikimédia", await SearchAsync("wikipedia"));

        await ClickAsync(SheetsIds.Retire, id, BrigadeHost.Animator);

        Assert.Contains(FrenchTypography.Apply("Fiche « Écosystème Wikimédia » retirée"), Assert.Single(host.Slack.CallsTo("(response_url)")).AllText);
        Assert.Contains("Aucune fiche ne correspond", await SearchAsync("wikipedia"));
        var stored = (await Store.FindAsync(id))!;
        Assert.True(stored.IsRetired);
        Assert.Equal(BrigadeHost.Animator, stored.RetiredBy);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime, stored.RetiredAtUtc);
    }

    [Fact]
    public async Task Members_cannot_edit_or_retire()
    {
        var id = (await WikimediaAsync()).Id;

        await ClickAsync(SheetsIds.Edit, id, BrigadeHost.Member);
        await ClickAsync(SheetsIds.Retire, id, BrigadeHost.Member);

        Assert.Empty(host.Slack.CallsTo("views.open"));
        Assert.False((await Store.FindAsync(id))!.IsRetired);
        var replies = host.Slack.CallsTo("(response_url)");
        Assert.Equal(2, replies.Count);
        Assert.All(replies, r => Assert.Contains("réservée aux personnes animatrices", r.AllText));

        var forged = await host.InteractionAsync(SheetPayloads.Submit(SheetsIds.EditModal,
            new SheetForm(Title: "Vandalisme", Theme: "wikimedia"), BrigadeHost.Member, id.ToString()));
        Assert.Contains("errors", await forged.Content.ReadAsStringAsync());
        Assert.Equal("Écosystème Wikimédia", (await Store.FindAsync(id))!.Title);
    }

    [Fact]
    public async Task Editing_a_sheet_that_no_longer_exists_or_was_retired_meanwhile_says_so()
    {
        var id = (await WikimediaAsync()).Id;
        await ClickAsync(SheetsIds.Retire, id, BrigadeHost.Animator);

        var unknown = await host.InteractionAsync(SheetPayloads.Submit(SheetsIds.EditModal, new SheetForm(), metadata: "9999"));
        var retired = await host.InteractionAsync(SheetPayloads.Submit(SheetsIds.EditModal,
            new SheetForm(Title: "Revenant", Theme: "wikimedia"), metadata: id.ToString()));

        Assert.Contains("retirée du catalogue", await unknown.Content.ReadAsStringAsync());
        Assert.Contains("retirée du catalogue", await retired.Content.ReadAsStringAsync());
        Assert.Equal("Écosystème Wikimédia", (await Store.FindAsync(id))!.Title);
    }
}
