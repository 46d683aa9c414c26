using BrigadeBot.Features.Common;
using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Home;
using BrigadeBot.Features.Sheets;
using BrigadeBot.Features.Watch;
using BrigadeBot.Storage;
using BrigadeBot.Tests.Features.Watch;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Home;

public sealed class HomeWatchAndSheetsTests : WatchHostTests
{
    private async Task SeedPublishedAsync(params (string Title, DateTime At)[] items) =>
        await host.Services.GetRequiredService<BrigadeDatabase>().WriteAsync(db =>
            db.GetCollection<WatchItem>(WatchStore.Collection).InsertBulk(items.Select(i => new WatchItem
            {
                Title = i.Title, Url = "https://example.org/" + i.At.Day, ChannelId = "C0WATCH", AuthorId = BrigadeHost.Animator,
                PublishAtUtc = i.At, PublishedAtUtc = i.At, CreatedAtUtc = i.At, State = WatchState.Published,
            })), default);

    /// <summary>A click on « Chercher une fiche » in the Home tab: no channel, no response_url.</summary>
    private JsonObject HomeClick(string actionId)
    {
        var payload = SlackFixtures.Json("block_actions_button.json");
        payload["user"]!["id"] = BrigadeHost.Member;
        payload.Remove("channel");
        payload.Remove("response_url");
        payload["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V0HOME" };
        payload["view"] = new JsonObject { ["id"] = "V0HOME", ["type"] = "home", ["callback_id"] = "" };
        payload["actions"]![0]!["action_id"] = actionId;
        payload["actions"]![0]!["block_id"] = "home.sheets.search";
        return payload;
    }

    private static JsonObject SearchSubmission(string? query)
    {
        var payload = SlackFixtures.Json("view_submission.json");
        payload["user"]!["id"] = BrigadeHost.Member;
        var view = payload["view"]!;
        view["callback_id"] = SheetsIds.SearchModal;
        view["private_metadata"] = "";
        view["state"] = new JsonObject
        {
            ["values"] = new JsonObject
            {
                [SheetsIds.QueryBlock] = new JsonObject { [SheetsIds.Value] = new JsonObject { ["type"] = "plain_text_input", ["value"] = query } },
            },
        };
        return payload;
    }

    [Fact]
    public async Task A_member_sees_the_five_latest_watch_items_as_escaped_links_and_the_sheet_search_button()
    {
        await SeedPublishedAsync(
            ("La plus ancienne", new DateTime(2026, 11, 2, 14, 0, 0, DateTimeKind.Utc)),
            ("Deuxième", new DateTime(2026, 11, 3, 14, 0, 0, DateTimeKind.Utc)),
            ("Troisième", new DateTime(2026, 11, 4, 14, 0, 0, DateTimeKind.Utc)),
            ("Quatrième", new DateTime(2026, 11, 5, 14, 0, 0, DateTimeKind.Utc)),
            ("Cinquième", new DateTime(2026, 11, 6, 14, 0, 0, DateTimeKind.Utc)),
            ("Outils <!channel> & astuces", new DateTime(2026, 11, 27, 14, 0, 0, DateTimeKind.Utc)));

        await HomeTests.OpenHomeAsync(host, BrigadeHost.Member);

        var view = Assert.Single(HomeTests.Published(host, BrigadeHost.Member));
        Assert.True(view.Response["ok"]!.GetValue<bool>(), view.Response.ToJsonString());
        var text = view.AllText;
        Assert.Contains("Dernières publications de veille", text);
        Assert.Contains("• <https://example.org/27|Outils &lt;!channel&gt; &amp; astuces> · _vendredi 27 novembre_", text);
        Assert.Contains("<https://example.org/3|Deuxième>", text);
        Assert.DoesNotContain("La plus ancienne", text);
        Assert.DoesNotContain("<!channel>", text);
        Assert.Contains("Chercher une fiche", text);
        Assert.Contains(SheetsIds.HomeSearch, text);
        Assert.DoesNotContain("Publications de veille en attente", text);
    }

    [Fact]
    public async Task The_sheet_search_opens_from_the_Home_and_answers_in_the_modal()
    {
        var click = await host.InteractionAsync(HomeClick(SheetsIds.HomeSearch));
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        await host.IdleAsync();
        var opened = Assert.Single(host.Slack.CallsTo("views.open"));
        Assert.True(opened.Response["ok"]!.GetValue<bool>(), opened.Response.ToJsonString());
        Assert.Contains("Mots à chercher", opened.AllText);

        var empty = await (await host.InteractionAsync(SearchSubmission("  "))).Content.ReadAsStringAsync();
        var found = JsonNode.Parse(await (await host.InteractionAsync(SearchSubmission("cybersécurité"))).Content.ReadAsStringAsync())!;
        var none = JsonNode.Parse(await (await host.InteractionAsync(SearchSubmission("zzzz <!here>"))).Content.ReadAsStringAsync())!;

        Assert.Contains("Tapez au moins un mot.", empty);
        Assert.Equal("update", found["response_action"]!.ToString());
        var results = found["view"]!.Readable();
        Assert.Contains(FrenchTypography.Apply("fiche pour « cybersécurité »"), results);
        Assert.Contains("https://culturelaurentides.com/brigade/fiches/cybersecurite", results);
        Assert.Contains("Mots à chercher", results); // ready for another search
        Assert.DoesNotContain(SheetsIds.Share, results); // no channel to share in from the Home
        Assert.Contains(FrenchTypography.Apply("Aucune fiche ne correspond à « zzzz &lt;!here&gt; »"), none["view"]!.Readable());
        Assert.Contains("Écosystème Wikimédia", none["view"]!.Readable());
    }

    [Fact]
    public async Task An_animator_sees_the_pending_watch_items_with_time_and_channel()
    {
        await host.ScheduleAsync(new WatchForm { Title = "Outils <!channel> & astuces" });
        var cancelled = await host.ScheduleAsync(new WatchForm { Title = "Annulée", Date = "2026-12-02" });
        await host.Services.GetRequiredService<WatchPlanner>().CancelAsync(cancelled.Id, default);

        await HomeTests.OpenHomeAsync(host, BrigadeHost.Animator);

        var view = Assert.Single(HomeTests.Published(host, BrigadeHost.Animator));
        Assert.True(view.Response["ok"]!.GetValue<bool>(), view.Response.ToJsonString());
        Assert.Contains("Publications de veille en attente", view.AllText);
        Assert.Contains("• *mardi 1er décembre à 9 h* · <#C0WATCH> · <https://example.org/wikidata|Outils &lt;!channel&gt; &amp; astuces>",
            view.AllText);
        Assert.DoesNotContain("Annulée", view.AllText);
    }

    [Fact]
    public async Task Publishing_a_watch_item_refreshes_an_open_Home()
    {
        await HomeTests.OpenHomeAsync(host, BrigadeHost.Member);
        var item = await host.ScheduleAsync(new WatchForm { Title = "Nouvelle veille" });
        host.Clock.Advance(HomeRefresher.MinInterval); // scheduling refreshes it too, once the interval has passed
        await host.IdleAsync();
        Assert.Equal(2, HomeTests.Published(host, BrigadeHost.Member).Count);

        AdvanceTo(TuesdayAt9);
        await host.Slack.WaitForPostsAsync("C0WATCH");
        await runs.WaitAsync(WatchPostJob.KeyFor(item.Id));
        await host.IdleAsync();
        host.Clock.Advance(HomeRefresher.MinInterval);
        await host.IdleAsync();

        var views = HomeTests.Published(host, BrigadeHost.Member);
        Assert.Equal(3, views.Count);
        Assert.DoesNotContain("Nouvelle veille", views[1].AllText);
        Assert.Contains("<https://example.org/wikidata|Nouvelle veille> · _mardi 1er décembre_", views[^1].AllText);
    }
}
