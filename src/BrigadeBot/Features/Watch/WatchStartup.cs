using Brigade.Slack.FollowUp;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// At start, rebuilds the watch's Quartz triggers from LiteDB: one per scheduled item (a past one fires at once and
/// is published late, or not at all past <c>Brigade:Watch:MaxLateHours</c>), the weekly digest, the feed readings.
/// An item a dead process left in <see cref="WatchState.Publishing"/> is not posted again: its author is asked.
/// </summary>
public sealed class WatchStartup(WatchStore store, WatchPlanner planner, IBrigadeScheduler scheduler, SlackFollowUpQueue followUp,
    IOptions<WatchOptions> options, TimeProvider time, ILogger<WatchStartup> log) : IHostedService
{
    /// <summary>Feeds are first read a minute after start, not at once: a bot restarting in a loop does not hammer them.</summary>
    public static readonly TimeSpan FirstFeedPollDelay = TimeSpan.FromMinutes(1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var item in await store.MarkInterruptedAsUncertainAsync(cancellationToken))
        {
            log.LogWarning("Watch item {Id} was being published when the bot stopped: not posted again, its author checks", item.Id);
            followUp.Enqueue("watch uncertain notice", (services, ct) => services.GetRequiredService<WatchNotices>().UncertainAsync(item, ct));
        }

        var scheduled = await store.InStatesAsync(WatchState.Scheduled);
        foreach (var item in scheduled)
            await planner.ScheduleAsync(item.Id, WatchPlanner.Utc(item.PublishAtUtc), cancellationToken);
        log.LogInformation("Watch: {Count} scheduled items, {Late} already due", scheduled.Count,
            scheduled.Count(i => WatchPlanner.Utc(i.PublishAtUtc) <= time.GetUtcNow()));

        var watch = options.Value;
        if (watch.DigestEnabled)
            await scheduler.ScheduleCronAsync<WatchDigestJob>(WatchDigestJob.Key, watch.DigestCron!.Trim(), null, cancellationToken);
        if (watch.Feeds.Length > 0)
            await scheduler.ScheduleEveryAsync<WatchFeedPollJob>(WatchFeedPollJob.Key, time.GetUtcNow() + FirstFeedPollDelay,
                TimeSpan.FromMinutes(watch.FeedPollMinutes), null, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
