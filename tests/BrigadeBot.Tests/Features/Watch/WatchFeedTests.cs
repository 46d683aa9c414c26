using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Watch;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Watch;

public sealed class WatchFeedTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Yesterday = new(2026, 11, 29, 15, 0, 0, TimeSpan.Zero);
    private FeedServer feeds = null!;

    public async Task InitializeAsync() => feeds = await FeedServer.StartAsync();
    public async Task DisposeAsync() => await feeds.DisposeAsync();

    private Task<BrigadeHost> StartAsync(params string[] paths) => StartWithAsync(new Dictionary<string, string?>(), paths);

    private Task<BrigadeHost> StartWithAsync(Dictionary<string, string?> settings, params string[] paths)
    {
        for (var i = 0; i < paths.Length; i++) settings[$"Brigade:Watch:Feeds:{i}"] = feeds.Url(paths[i]);
        return BrigadeHost.StartAsync(settings);
    }

    private static Task<int> PollAsync(BrigadeHost host) => host.Services.GetRequiredService<WatchFeedIngestion>().PollAsync(default);

    [Fact]
    public async Task New_entries_are_offered_once_even_when_a_feed_repeats_them_or_two_feeds_share_one()
    {
        feeds.Serve("/culture.rss", FeedServer.Rss("Culture numérique",
            ("Guide <Wikidata> & musées", "https://example.org/wikidata", "<p>Un <b>guide</b> pour &lt;!channel&gt; décrire ses collections.</p>", Yesterday),
            ("Sobriété numérique", "https://example.org/sobriete", "Réduire son empreinte.", Yesterday.AddHours(-1))));
        feeds.Serve("/outils.atom", FeedServer.Atom("Outils", ("Sobriété numérique", "https://example.org/sobriete", "Déjà vu ailleurs.", Yesterday),
            ("Atelier IA et culture", "https://example.org/atelier-ia", "Un atelier <em>gratuit</em>.", Yesterday)), "application/atom+xml");
        await using var host = await StartAsync("/culture.rss", "/outils.atom");

        Assert.Equal(3, await PollAsync(host));

        var offers = host.Slack.PostsTo("D0ANIMATOR");
        Assert.Equal(3, offers.Count);
        var wikidata = offers.Single(o => o.AllText.Contains("wikidata"));
        var text = wikidata.Arguments["blocks"]![0]!["text"]!["text"]!.ToString();
        Assert.Contains("<https://example.org/wikidata|Guide &lt;Wikidata&gt; &amp; musées>", text);
        Assert.Contains("Un guide pour &lt;!channel&gt; décrire ses collections.", text);
        Assert.Contains("Culture numérique", text);
        Assert.Equal(["Planifier", "Ignorer"], wikidata.Arguments["blocks"]![1]!["elements"]!.AsArray().Select(e => e!["text"]!["text"]!.ToString()));

        Assert.Equal(0, await PollAsync(host));
        Assert.Equal(3, host.Slack.PostsTo("D0ANIMATOR").Count);

        feeds.Serve("/outils.atom", FeedServer.Atom("Outils", ("Nouveau : balado sur la découvrabilité", "https://example.org/balado", "", Yesterday)),
            "application/atom+xml");
        Assert.Equal(1, await PollAsync(host));
    }

    [Fact]
    public async Task A_broken_or_garbled_feed_is_logged_and_skipped_and_never_stops_the_others()
    {
        feeds.Fail("/broken.rss", HttpStatusCode.InternalServerError);
        feeds.Serve("/garbled.rss", "<rss><channel><title>Oups</title><item>");
        feeds.Serve("/good.rss", FeedServer.Rss("Bon flux", ("Un bon article", "https://example.org/bon", "Utile.", Yesterday)));
        await using var host = await StartAsync("/broken.rss", "/garbled.rss", "/good.rss", "/missing.rss");

        Assert.Equal(1, await PollAsync(host));

        Assert.Contains("Un bon article", Assert.Single(host.Slack.PostsTo("D0ANIMATOR")).AllText);
        foreach (var path in new[] { "/broken.rss", "/garbled.rss", "/missing.rss" })
            Assert.Contains(host.Logs.Lines, l => l.Message.StartsWith($"Feed {feeds.Url(path)} skipped"));
    }

    [Fact]
    public async Task A_slow_feed_is_given_up_after_10_seconds_on_the_app_clock_and_the_others_still_arrive()
    {
        feeds.Hang("/slow.rss");
        feeds.Serve("/good.rss", FeedServer.Rss("Bon flux", ("Un bon article", "https://example.org/bon", "Utile.", Yesterday)));
        await using var host = await StartAsync("/slow.rss", "/good.rss");

        var poll = PollAsync(host);
        await feeds.Requested("/slow.rss").Task.WaitAsync(TimeSpan.FromSeconds(10));
        await host.Slack.WaitForPostsAsync("D0ANIMATOR"); // the good feed did not wait for the slow one
        host.Clock.Advance(FeedReader.Timeout + TimeSpan.FromSeconds(1));

        Assert.Equal(1, await poll.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains(host.Logs.Lines, l => l.Message.Contains($"Feed {feeds.Url("/slow.rss")} skipped: no answer within 10 s"));
    }

    [Fact]
    public async Task Planifier_opens_the_modal_filled_in_from_the_entry_and_the_entry_is_planned_once()
    {
        feeds.Serve("/culture.rss", FeedServer.Rss("Culture numérique",
            ("Guide Wikidata", "https://example.org/wikidata", "<p>Un <b>guide</b> utile.</p>", Yesterday)));
        await using var host = await StartAsync("/culture.rss");
        await PollAsync(host);
        var entryId = EntryIdOf(Assert.Single(host.Slack.PostsTo("D0ANIMATOR")));

        await host.InteractionAsync(WatchPayloads.Button(host, WatchIds.PlanFeedEntry, entryId, ephemeral: false, channelId: "D0ANIMATOR"));
        await host.IdleAsync();

        var view = JsonNode.Parse(Assert.Single(host.Slack.CallsTo("views.open")).Arg("view")!)!;
        Assert.Equal($"feed:{entryId}", view["private_metadata"]?.ToString());
        var json = view.Readable();
        Assert.Contains("\"initial_value\":\"Guide Wikidata\"", json);
        Assert.Contains("\"initial_value\":\"https://example.org/wikidata\"", json);
        Assert.Contains("\"initial_value\":\"Un guide utile.\"", json);
        Assert.Contains("\"initial_date\":\"2026-12-01\"", json);

        var item = await host.ScheduleAsync(new WatchForm { Title = "Guide Wikidata" }, metadata: $"feed:{entryId}");
        Assert.Equal(entryId, item.FeedEntryId);
        var entry = host.Services.GetRequiredService<FeedEntryStore>().Get(entryId)!;
        Assert.Equal(FeedEntryState.Planned, entry.State);
        Assert.Equal(item.Id, entry.WatchItemId);

        await host.InteractionAsync(WatchPayloads.Button(host, WatchIds.PlanFeedEntry, entryId, ephemeral: false, channelId: "D0ANIMATOR"));
        await host.IdleAsync();
        Assert.Single(host.Slack.CallsTo("views.open"));
        Assert.Contains("déjà planifiée par <@U0ANIMATOR>", host.Slack.CallsTo("(response_url)")[^1].AllText);
    }

    [Fact]
    public async Task Ignorer_replaces_the_suggestion_with_who_ignored_it()
    {
        feeds.Serve("/culture.rss", FeedServer.Rss("Culture numérique", ("Guide Wikidata", "https://example.org/wikidata", "", Yesterday)));
        await using var host = await StartAsync("/culture.rss");
        await PollAsync(host);
        var entryId = EntryIdOf(Assert.Single(host.Slack.PostsTo("D0ANIMATOR")));

        await host.InteractionAsync(WatchPayloads.Button(host, WatchIds.IgnoreFeedEntry, entryId, ephemeral: false, channelId: "D0ANIMATOR"));
        await host.IdleAsync();

        var reply = Assert.Single(host.Slack.CallsTo("(response_url)"));
        Assert.Equal("true", reply.Arguments["message"]!["replace_original"]!.ToString());
        Assert.Contains("suggestion ignorée par <@U0ANIMATOR>", reply.AllText);
        Assert.Equal(FeedEntryState.Ignored, host.Services.GetRequiredService<FeedEntryStore>().Get(entryId)!.State);
    }

    [Fact]
    public async Task With_a_suggestions_channel_the_entries_go_there_instead_of_DMs()
    {
        feeds.Serve("/culture.rss", FeedServer.Rss("Culture numérique", ("Guide Wikidata", "https://example.org/wikidata", "", Yesterday)));
        await using var host = await StartWithAsync(new() { ["Brigade:Watch:SuggestionsChannel"] = "G0ANIMATION" }, "/culture.rss");

        await PollAsync(host);

        Assert.Single(host.Slack.PostsTo("G0ANIMATION"));
        Assert.Empty(host.Slack.CallsTo("conversations.open"));
    }

    [Fact]
    public async Task A_new_feed_offers_only_its_latest_entries()
    {
        var items = Enumerable.Range(1, 12)
            .Select(i => ($"Article {i:00}", $"https://example.org/{i}", "", Yesterday.AddHours(i)))
            .ToArray();
        feeds.Serve("/archive.rss", FeedServer.Rss("Archive", items));
        await using var host = await StartAsync("/archive.rss");

        Assert.Equal(WatchFeedIngestion.MaxOffersPerFeed, await PollAsync(host));

        var titles = host.Slack.PostsTo("D0ANIMATOR").Select(o => o.Arg("text")).ToList();
        Assert.Equal(Enumerable.Range(8, 5).Select(i => $"Suggestion de veille : Article {i:00}"), titles);
        Assert.Equal(0, await PollAsync(host));
    }

    [Fact]
    public async Task Feeds_are_read_a_minute_after_start_then_every_FeedPollMinutes()
    {
        feeds.Serve("/culture.rss", FeedServer.Rss("Culture numérique", ("Guide Wikidata", "https://example.org/wikidata", "", Yesterday)));
        await using var host = await StartWithAsync(new() { ["Brigade:Watch:FeedPollMinutes"] = "30" }, "/culture.rss");
        var runs = await JobRuns.AttachAsync(host);

        host.Clock.Advance(WatchStartup.FirstFeedPollDelay);
        await runs.WaitAsync(WatchFeedPollJob.Key);
        Assert.Single(await host.Slack.WaitForPostsAsync("D0ANIMATOR"));

        feeds.Serve("/culture.rss", FeedServer.Rss("Culture numérique", ("Atelier IA", "https://example.org/ia", "", Yesterday)));
        host.Clock.Advance(TimeSpan.FromMinutes(30));
        await runs.WaitAsync(WatchFeedPollJob.Key, 2);
        Assert.Equal(2, host.Slack.PostsTo("D0ANIMATOR").Count);
    }

    private static string EntryIdOf(SlackCall offer) => offer.Arguments["blocks"]![1]!["elements"]![0]!["value"]!.ToString();
}
