using BrigadeBot.Features.Common;
using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using BrigadeBot.Features.Watch;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Watch;

public sealed class WatchPublicationTests : WatchHostTests
{
    [Fact]
    public async Task The_post_appears_at_its_time_and_the_item_keeps_its_ts_and_permalink()
    {
        var item = await host.ScheduleAsync();
        var key = WatchPostJob.KeyFor(item.Id);
        Assert.Equal(TuesdayAt9, await host.Services.GetRequiredService<IBrigadeScheduler>().NextFireTimeAsync(key, default));

        AdvanceTo(TuesdayAt9);

        var post = Assert.Single(await host.Slack.WaitForPostsAsync("C0WATCH"));
        await runs.WaitAsync(key);
        var stored = (await host.Store().GetAsync(item.Id))!;
        Assert.Equal(WatchState.Published, stored.State);
        Assert.Equal(post.Response["ts"]?.ToString(), stored.Ts);
        Assert.False(string.IsNullOrEmpty(stored.Ts));
        Assert.Equal(Assert.Single(host.Slack.CallsTo("chat.getPermalink")).Response["permalink"]?.ToString(), stored.Permalink);
        Assert.Equal(TuesdayAt9.UtcDateTime, stored.PublishedAtUtc);
    }

    [Fact]
    public async Task The_post_has_a_header_the_summary_a_Lire_button_and_the_theme_with_the_animator()
    {
        await host.ScheduleAsync();
        AdvanceTo(TuesdayAt9);

        var post = Assert.Single(await host.Slack.WaitForPostsAsync("C0WATCH"));
        var blocks = post.Arguments["blocks"]!.AsArray();
        Assert.Equal(["header", "section", "actions", "context"], blocks.Select(b => b!["type"]!.ToString()));
        Assert.Equal("Wikidata pour les bibliothèques", blocks[0]!["text"]!["text"]!.ToString());
        Assert.StartsWith("Décrire ses collections", blocks[1]!["text"]!["text"]!.ToString());
        var button = blocks[2]!["elements"]![0]!;
        Assert.Equal("Lire", button["text"]!["text"]!.ToString());
        Assert.Equal("https://example.org/wikidata", button["url"]!.ToString());
        Assert.Equal(FrenchTypography.Apply("Thème : Écosystème Wikimédia · Veille proposée par <@U0ANIMATOR>"), blocks[3]!["elements"]![0]!["text"]!.ToString());
        Assert.Equal("false", post.Arg("unfurl_links"));
    }

    [Fact]
    public async Task Text_typed_by_the_animator_is_escaped_and_pings_nobody()
    {
        await host.ScheduleAsync(new WatchForm
        {
            Title = "Outils <!channel> & astuces",
            Summary = "Pour <@U0OTHER> et <!here> : <https://evil.example|un lien déguisé>.",
        });
        AdvanceTo(TuesdayAt9);

        var post = Assert.Single(await host.Slack.WaitForPostsAsync("C0WATCH"));
        var blocks = post.Arguments["blocks"]!.AsArray();
        Assert.Equal("plain_text", blocks[0]!["text"]!["type"]!.ToString()); // a header never renders mentions
        var mrkdwn = post.Arg("text") + "\n" + blocks[1]!["text"]!["text"] + "\n" + blocks[3]!["elements"]![0]!["text"];
        Assert.DoesNotContain("<!channel>", mrkdwn);
        Assert.DoesNotContain("<!here>", mrkdwn);
        Assert.DoesNotContain("<@U0OTHER>", mrkdwn);
        Assert.DoesNotContain("<https://evil", mrkdwn);
        Assert.Contains(FrenchTypography.Apply("Veille : Outils &lt;!channel&gt; &amp; astuces"), post.Arg("text"));
        Assert.Contains("Pour &lt;@U0OTHER&gt; et &lt;!here&gt;", mrkdwn);
    }

    [Fact]
    public async Task Ten_items_due_the_same_minute_in_one_channel_are_all_published_in_order_1_1_s_apart()
    {
        var clock = new TimerWatchingClock(host.Clock.GetUtcNow());
        await using var paced = await BrigadeHost.StartAsync(clock: clock);
        var posted = new ConcurrentQueue<(string Title, DateTimeOffset At)>();
        paced.Slack.Handle("chat.postMessage", call =>
        {
            if (call.Arg("channel") == "C0WATCH")
                posted.Enqueue((call.Arguments["blocks"]![0]!["text"]!["text"]!.ToString(), clock.GetUtcNow()));
            return null;
        });
        for (var i = 1; i <= 10; i++) await paced.ScheduleAsync(new WatchForm { Title = $"Veille {i:00}" });

        clock.Advance(TuesdayAt9 - clock.GetUtcNow());
        for (var count = 1; count < 10; count++)
        {
            await paced.Slack.WaitForPostsAsync("C0WATCH", count);
            await clock.WaitForTimerAsync(ChannelPacer.Gap); // the next post waits for the clock…
            Assert.Equal(count, paced.Slack.PostsTo("C0WATCH").Count); // …and nothing went out meanwhile
            clock.Advance(ChannelPacer.Gap);
        }
        await paced.Slack.WaitForPostsAsync("C0WATCH", 10);

        var posts = posted.ToArray();
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"Veille {i:00}"), posts.Select(p => p.Title));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => TuesdayAt9 + i * ChannelPacer.Gap), posts.Select(p => p.At));
        Assert.True(ChannelPacer.Gap >= TimeSpan.FromMilliseconds(1100));
    }

    [Fact]
    public async Task A_trigger_firing_a_moment_before_its_time_still_publishes()
    {
        var item = await host.ScheduleAsync();
        AdvanceTo(TuesdayAt9 - TimeSpan.FromMilliseconds(2)); // Quartz fires when less than ~2 ms remain

        await host.Services.GetRequiredService<WatchPublisher>().PublishDueAsync(item.Id, default);

        Assert.Single(host.Slack.PostsTo("C0WATCH"));
        Assert.Equal(WatchState.Published, (await host.Store().GetAsync(item.Id))!.State);
    }

    [Fact]
    public async Task Items_in_two_channels_do_not_wait_for_each_other()
    {
        await host.ScheduleAsync();
        await host.ScheduleAsync(new WatchForm { Channel = "C0ARTS" });

        AdvanceTo(TuesdayAt9);

        Assert.Single(await host.Slack.WaitForPostsAsync("C0WATCH"));
        Assert.Single(await host.Slack.WaitForPostsAsync("C0ARTS"));
    }
}
