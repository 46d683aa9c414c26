using BrigadeBot.Features.Common;
using System.Net;
using BrigadeBot.Features.Watch;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Watch;

public sealed class WatchFeedTests : FeedTests
{
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
    public async Task A_new_feed_offers_only_its_latest_entries()
    {
        var items = Enumerable.Range(1, 12)
            .Select(i => ($"Article {i:00}", $"https://example.org/{i}", "", Yesterday.AddHours(i)))
            .ToArray();
        feeds.Serve("/archive.rss", FeedServer.Rss("Archive", items));
        await using var host = await StartAsync("/archive.rss");

        Assert.Equal(WatchFeedIngestion.MaxOffersPerFeed, await PollAsync(host));

        var titles = host.Slack.PostsTo("D0ANIMATOR").Select(o => o.Arg("text")).ToList();
        Assert.Equal(Enumerable.Range(8, 5).Select(i => FrenchTypography.Format($"Suggestion de veille : Article {i:00}")), titles);
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
}
