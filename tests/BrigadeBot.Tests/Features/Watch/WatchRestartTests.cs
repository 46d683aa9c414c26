using Brigade.Slack.Testing;
using BrigadeBot.Features.Watch;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Tests.Features.Watch;

public sealed class WatchRestartTests
{
    private static readonly DateTimeOffset TuesdayAt9 = new(2026, 12, 1, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_restart_rebuilds_the_triggers_from_the_database()
    {
        var (first, item) = await ScheduleThenStopAsync();

        await using var second = await Restart(first);
        Assert.Equal(TuesdayAt9, await second.Services.GetRequiredService<IBrigadeScheduler>().NextFireTimeAsync(WatchPostJob.KeyFor(item.Id), default));
        second.Clock.Advance(TuesdayAt9 - second.Clock.GetUtcNow());

        Assert.Single(await second.Slack.WaitForPostsAsync("C0WATCH"));
    }

    [Fact]
    public async Task An_item_due_while_the_bot_was_down_is_published_at_start_and_logged_as_late()
    {
        var (first, _) = await ScheduleThenStopAsync(TimeSpan.FromHours(2));

        await using var second = await Restart(first);

        Assert.Single(await second.Slack.WaitForPostsAsync("C0WATCH"));
        Assert.Contains(second.Logs.Lines, l => l.Message.Contains("published late") && l.Message.Contains("120 min late"));
    }

    [Fact]
    public async Task An_item_more_than_MaxLateHours_late_is_not_published_and_its_author_gets_a_DM()
    {
        var (first, item) = await ScheduleThenStopAsync(TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1));

        await using var second = await Restart(first);

        var notice = (await second.Slack.WaitForPostsAsync("D0ANIMATOR", 2))[1]; // the first one confirmed the scheduling
        Assert.Contains("devait paraître le mardi 1er décembre à 9 h", notice.AllText);
        Assert.Contains("plus de 12 h de retard", notice.AllText);
        Assert.Contains(WatchIds.Edit, notice.AllText);
        Assert.Empty(second.Slack.PostsTo("C0WATCH"));
        Assert.Equal(WatchState.Missed, (await second.Store().GetAsync(item.Id))!.State);
    }

    [Fact]
    public async Task MaxLateHours_comes_from_the_configuration()
    {
        var (first, _) = await ScheduleThenStopAsync(TimeSpan.FromHours(3));

        await using var second = await Restart(first, new() { ["Brigade:Watch:MaxLateHours"] = "2" });

        Assert.Contains("plus de 2 h de retard", (await second.Slack.WaitForPostsAsync("D0ANIMATOR", 2))[1].AllText);
        Assert.Empty(second.Slack.PostsTo("C0WATCH"));
    }

    [Fact]
    public async Task An_item_left_publishing_by_a_dead_process_is_not_posted_again_and_its_author_decides()
    {
        var (first, item) = await ScheduleThenStopAsync(TimeSpan.Zero);
        await MarkPublishingAsync(first.DatabasePath, item.Id, TuesdayAt9.UtcDateTime); // what a process killed mid-call leaves

        await using var second = await Restart(first);
        await second.IdleAsync();

        var notice = (await second.Slack.WaitForPostsAsync("D0ANIMATOR", 2))[1];
        Assert.Contains("Je ne sais pas si Slack l'a reçue", notice.AllText);
        Assert.Equal(WatchState.Uncertain, (await second.Store().GetAsync(item.Id))!.State);
        Assert.Empty(second.Slack.PostsTo("C0WATCH"));

        // The author looked: it is not there. One click publishes it, once.
        await second.InteractionAsync(WatchPayloads.Button(second, WatchIds.Republish, item.Id.ToString(), ephemeral: false, channelId: "D0ANIMATOR"));
        await second.IdleAsync();
        Assert.Single(await second.Slack.WaitForPostsAsync("C0WATCH"));
        var reply = Assert.Single(second.Slack.CallsTo("(response_url)"));
        Assert.Contains("je la publie maintenant", reply.AllText);
        Assert.Equal("true", reply.Arguments["message"]!["replace_original"]!.ToString());
    }

    [Fact]
    public async Task When_the_author_confirms_the_post_is_there_it_is_recorded_as_published_without_posting()
    {
        var (first, item) = await ScheduleThenStopAsync(TimeSpan.Zero);
        await MarkPublishingAsync(first.DatabasePath, item.Id, TuesdayAt9.UtcDateTime);

        await using var second = await Restart(first);
        await second.IdleAsync();
        await second.InteractionAsync(WatchPayloads.Button(second, WatchIds.ConfirmPublished, item.Id.ToString(), ephemeral: false,
            channelId: "D0ANIMATOR"));
        await second.IdleAsync();

        var stored = (await second.Store().GetAsync(item.Id))!;
        Assert.Equal(WatchState.Published, stored.State);
        Assert.Equal(TuesdayAt9.UtcDateTime, stored.PublishedAtUtc);
        Assert.Empty(second.Slack.PostsTo("C0WATCH"));
    }

    /// <summary>Schedules the default item (Tuesday 9 h 00), stops the bot, and lets the clock reach Tuesday 9 h 00 plus <paramref name="untilTuesdayPlus"/>.</summary>
    private static async Task<(BrigadeHost Stopped, WatchItem Item)> ScheduleThenStopAsync(TimeSpan? untilTuesdayPlus = null)
    {
        var first = await BrigadeHost.StartAsync();
        var item = await first.ScheduleAsync();
        await first.DisposeAsync(keepSlack: true);
        if (untilTuesdayPlus is { } late) first.Clock.Advance(TuesdayAt9 - first.Clock.GetUtcNow() + late);
        return (first, item);
    }

    private static Task<BrigadeHost> Restart(BrigadeHost previous, Dictionary<string, string?>? settings = null) =>
        BrigadeHost.StartAsync(settings, slack: previous.Slack, clock: previous.Clock, dataFolder: previous.DataFolder);

    /// <summary>Records a publication attempt through the app's own store, as the publisher does before calling Slack.</summary>
    internal static async Task MarkPublishingAsync(string databasePath, int itemId, DateTime nowUtc)
    {
        using var database = new BrigadeDatabase(Options.Create(new StorageOptions { DatabasePath = databasePath }),
            NullLogger<BrigadeDatabase>.Instance);
        Assert.NotNull(await new WatchStore(database).ClaimAsync(itemId, nowUtc, nowUtc, "attempt-of-the-dead-process", default));
    }
}
