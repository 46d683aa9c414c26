using System.Text.Json.Nodes;
using BrigadeBot.Features.Watch;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Watch;

public sealed class WatchListTests : WatchHostTests
{
    private IBrigadeScheduler Scheduler => host.Services.GetRequiredService<IBrigadeScheduler>();

    [Fact]
    public async Task The_list_shows_the_coming_items_in_order_each_with_Modifier_and_Annuler()
    {
        var later = await host.ScheduleAsync(new WatchForm { Title = "Plus tard", Date = "2026-12-02", Time = "10:30" });
        var sooner = await host.ScheduleAsync(new WatchForm { Title = "Bientôt <!here> & cie" });

        var reply = await (await host.CommandAsync("veille liste", BrigadeHost.Animator)).ReadObjectAsync();

        Assert.Equal("ephemeral", reply["response_type"]?.ToString());
        var blocks = reply["blocks"]!.AsArray();
        var sections = blocks.Where(b => b!["type"]!.ToString() == "section").Select(b => b!["text"]!["text"]!.ToString()).ToList();
        Assert.Equal(2, sections.Count);
        Assert.StartsWith("*mardi 1er décembre à 9 h* · <#C0WATCH>", sections[0]);
        Assert.Contains("<https://example.org/wikidata|Bientôt &lt;!here&gt; &amp; cie>", sections[0]);
        Assert.StartsWith("*mercredi 2 décembre à 10 h 30*", sections[1]);
        var actions = blocks.Where(b => b!["type"]!.ToString() == "actions").ToList();
        Assert.Equal([sooner.Id.ToString(), sooner.Id.ToString(), later.Id.ToString(), later.Id.ToString()],
            actions.SelectMany(a => a!["elements"]!.AsArray()).Select(e => e!["value"]!.ToString()));
        Assert.Equal(["Modifier", "Annuler"], actions[0]!["elements"]!.AsArray().Select(e => e!["text"]!["text"]!.ToString()));
    }

    [Fact]
    public async Task An_empty_list_says_how_to_schedule()
    {
        var json = await (await host.CommandAsync("Veille LISTE", BrigadeHost.Animator)).Content.ReadAsStringAsync();

        Assert.Contains("Aucune publication de veille à venir", json);
    }

    [Fact]
    public async Task Modifier_reopens_the_modal_filled_in_and_saving_moves_the_publication()
    {
        var item = await host.ScheduleAsync();

        await host.InteractionAsync(WatchPayloads.Button(host, WatchIds.Edit, item.Id.ToString()));
        await host.IdleAsync();

        var view = JsonNode.Parse(Assert.Single(host.Slack.CallsTo("views.open")).Arg("view")!)!;
        Assert.Equal($"item:{item.Id}", view["private_metadata"]?.ToString());
        Assert.Equal("Modifier la publication", view["title"]!["text"]!.ToString());
        var json = view.ToJsonString();
        Assert.Contains("\"initial_value\":\"https://example.org/wikidata\"", json);
        Assert.Contains("\"initial_date\":\"2026-12-01\"", json);
        Assert.Contains("\"initial_time\":\"09:00\"", json);
        Assert.Contains("\"value\":\"wikimedia\"}", view["blocks"]![3]!["element"]!["initial_option"]!.ToJsonString() + "}");

        await host.ScheduleAsync(new WatchForm { Title = "Wikidata, version revue", Date = "2026-12-03", Time = "14:30" },
            metadata: $"item:{item.Id}");

        var revised = await host.OnlyItemAsync();
        Assert.Equal(item.Id, revised.Id);
        Assert.Equal("Wikidata, version revue", revised.Title);
        var thursday = new DateTimeOffset(2026, 12, 3, 19, 30, 0, TimeSpan.Zero);
        Assert.Equal(thursday, await Scheduler.NextFireTimeAsync(WatchPostJob.KeyFor(item.Id), default));
        Assert.Contains("Modification enregistrée", host.Slack.PostsTo("D0ANIMATOR")[^1].AllText);

        AdvanceTo(thursday);
        var post = Assert.Single(await host.Slack.WaitForPostsAsync("C0WATCH"));
        Assert.Contains("Wikidata, version revue", post.AllText);
    }

    [Fact]
    public async Task Annuler_from_the_list_cancels_the_item_and_shows_the_list_without_it()
    {
        var item = await host.ScheduleAsync();

        await host.InteractionAsync(WatchPayloads.Button(host, WatchIds.Cancel, item.Id.ToString()));
        await host.IdleAsync();

        Assert.Equal(WatchState.Cancelled, (await host.Store().GetAsync(item.Id))!.State);
        Assert.Null(await Scheduler.NextFireTimeAsync(WatchPostJob.KeyFor(item.Id), default));
        var reply = Assert.Single(host.Slack.CallsTo("(response_url)"));
        Assert.Equal("true", reply.Arguments["message"]!["replace_original"]!.ToString());
        Assert.Contains("Aucune publication de veille à venir", reply.AllText);

        // A cancelled item can no longer be edited or cancelled again.
        await host.InteractionAsync(WatchPayloads.Button(host, WatchIds.Edit, item.Id.ToString()));
        await host.IdleAsync();
        Assert.Empty(host.Slack.CallsTo("views.open"));
        Assert.Contains("ne peut plus être modifiée", host.Slack.CallsTo("(response_url)")[^1].AllText);
    }

    [Fact]
    public async Task Published_items_show_their_permalink()
    {
        var item = await host.ScheduleAsync();
        AdvanceTo(TuesdayAt9);
        await runs.WaitAsync(WatchPostJob.KeyFor(item.Id));
        var permalink = (await host.Store().GetAsync(item.Id))!.Permalink!;

        var json = (await (await host.CommandAsync("veille liste", BrigadeHost.Animator)).ReadObjectAsync()).Readable();

        Assert.Contains($"<{permalink}|voir le message>", json);
        Assert.Contains("Aucune publication de veille à venir", json);
    }

    [Fact]
    public async Task Members_cannot_use_the_buttons()
    {
        var item = await host.ScheduleAsync();

        await host.InteractionAsync(WatchPayloads.Button(host, WatchIds.Cancel, item.Id.ToString(), BrigadeHost.Member));
        await host.InteractionAsync(WatchPayloads.Button(host, WatchIds.Edit, item.Id.ToString(), BrigadeHost.Member));
        await host.IdleAsync();

        Assert.Equal(WatchState.Scheduled, (await host.Store().GetAsync(item.Id))!.State);
        Assert.Empty(host.Slack.CallsTo("views.open"));
        Assert.All(host.Slack.CallsTo("(response_url)"), c => Assert.Contains("réservée aux personnes animatrices", c.AllText));
    }

    [Fact]
    public async Task A_long_list_stays_within_Slack_limits()
    {
        var hostile = new string('&', WatchDraft.TitleMax);
        for (var i = 0; i < WatchList.MaxComing + 5; i++)
            await host.ScheduleAsync(new WatchForm { Title = hostile, Url = "https://example.org/?" + string.Join("&", Enumerable.Repeat("a=1", 240)) });

        var reply = await (await host.CommandAsync("veille liste", BrigadeHost.Animator)).ReadObjectAsync();

        Assert.True(reply["blocks"]!.AsArray().Count <= 50);
        Assert.Contains("… et 5 autre(s) à venir.", reply.Readable());
    }
}
