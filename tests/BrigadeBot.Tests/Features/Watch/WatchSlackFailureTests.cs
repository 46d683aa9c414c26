using BrigadeBot.Features.Common;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Watch;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Watch;

public sealed class WatchSlackFailureTests : WatchHostTests
{
    [Theory]
    [InlineData("not_in_channel", "invitez le bot dans le canal avec /invite @BrigadeBot")]
    [InlineData("channel_not_found", "ce canal est introuvable")]
    [InlineData("is_archived", "ce canal est archivé")]
    [InlineData("invalid_blocks", "Slack a refusé le contenu du message")]
    public async Task A_permanent_error_marks_the_item_failed_and_tells_its_author_why_in_French(string error, string reason)
    {
        host.Slack.Handle("chat.postMessage", call => call.Arg("channel") == "C0WATCH" ? FakeReply.Error(error) : null);
        var item = await host.ScheduleAsync();

        AdvanceTo(TuesdayAt9);

        var notice = (await host.Slack.WaitForPostsAsync("D0ANIMATOR", 2))[1];
        Assert.Contains(FrenchTypography.Apply("Je n'ai pas pu publier « Wikidata pour les bibliothèques » dans <#C0WATCH>"), notice.AllText);
        Assert.Contains(reason, notice.AllText);
        Assert.Contains(WatchIds.Edit, notice.AllText);
        Assert.Single(host.Slack.PostsTo("C0WATCH")); // tried once: the same call would fail again
        var stored = (await host.Store().GetAsync(item.Id))!;
        Assert.Equal(WatchState.Failed, stored.State);
        Assert.Equal(error, stored.FailureReason);
    }

    [Fact]
    public async Task A_failed_item_shows_in_the_list_and_can_be_rescheduled()
    {
        var item = await host.ScheduleAsync();
        host.Slack.Handle("chat.postMessage", call => call.Arg("channel") == "C0WATCH" && host.Slack.PostsTo("C0WATCH").Count == 0
            ? FakeReply.Error("not_in_channel") : null);
        AdvanceTo(TuesdayAt9);
        await runs.WaitAsync(WatchPostJob.KeyFor(item.Id));

        var list = await (await host.CommandAsync("veille liste", BrigadeHost.Animator)).Content.ReadAsStringAsync();
        Assert.Contains("non publiée", list);

        await host.InteractionAsync(WatchPayloads.Submission(new WatchForm { Date = "2026-12-02" }, metadata: $"item:{item.Id}"));
        Assert.Equal(WatchState.Scheduled, (await host.Store().GetAsync(item.Id))!.State);
        host.Clock.Advance(TimeSpan.FromDays(1));
        await runs.WaitAsync(WatchPostJob.KeyFor(item.Id), 2);
        Assert.Equal(WatchState.Published, (await host.Store().GetAsync(item.Id))!.State);
    }

    [Fact]
    public async Task Rate_limits_are_retried_by_the_client_and_the_item_is_published_once()
    {
        var item = await host.ScheduleAsync();
        host.Slack.Enqueue("chat.postMessage", FakeReply.RateLimited(0), times: 2);

        AdvanceTo(TuesdayAt9);

        await host.Slack.WaitForPostsAsync("C0WATCH", 3);
        await runs.WaitAsync(WatchPostJob.KeyFor(item.Id));
        Assert.Single(host.Slack.PostsTo("C0WATCH"), c => c.Response["ok"]?.GetValue<bool>() == true);
        Assert.Equal(WatchState.Published, (await host.Store().GetAsync(item.Id))!.State);
    }

    [Fact]
    public async Task When_Slack_stays_unavailable_the_item_is_tried_again_five_minutes_later()
    {
        var item = await host.ScheduleAsync();
        var key = WatchPostJob.KeyFor(item.Id);
        host.Slack.Enqueue("chat.postMessage", FakeReply.RateLimited(0), times: 4); // the client's four attempts

        AdvanceTo(TuesdayAt9);
        await runs.WaitAsync(key);

        var waiting = (await host.Store().GetAsync(item.Id))!;
        Assert.Equal(WatchState.Scheduled, waiting.State);
        Assert.Equal(1, waiting.TransientFailures);
        Assert.Equal(TuesdayAt9 + WatchPublisher.RetryDelay,
            await host.Services.GetRequiredService<IBrigadeScheduler>().NextFireTimeAsync(key, default));

        host.Clock.Advance(WatchPublisher.RetryDelay);
        await runs.WaitAsync(key, 2);
        Assert.Equal(WatchState.Published, (await host.Store().GetAsync(item.Id))!.State);
        Assert.Single(host.Slack.PostsTo("C0WATCH"), c => c.Response["ok"]?.GetValue<bool>() == true);
    }

    [Fact]
    public async Task After_three_outages_the_author_is_told_Slack_does_not_answer()
    {
        var item = await host.ScheduleAsync();
        var key = WatchPostJob.KeyFor(item.Id);
        host.Slack.Enqueue("chat.postMessage", FakeReply.RateLimited(0), times: 4 * WatchPublisher.MaxTransientFailures);

        AdvanceTo(TuesdayAt9);
        for (var run = 1; run < WatchPublisher.MaxTransientFailures; run++)
        {
            await runs.WaitAsync(key, run);
            host.Clock.Advance(WatchPublisher.RetryDelay);
        }
        await runs.WaitAsync(key, WatchPublisher.MaxTransientFailures);

        Assert.Equal(WatchState.Failed, (await host.Store().GetAsync(item.Id))!.State);
        Assert.Contains("Slack ne répond pas", (await host.Slack.WaitForPostsAsync("D0ANIMATOR", 2))[1].AllText);
    }
}
