using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// Publishes due items, one channel at a time and in order, never twice: an item is marked
/// <see cref="WatchState.Publishing"/> (with an attempt id) before chat.postMessage and <see cref="WatchState.Published"/>
/// (with ts and permalink) after; a restart finding it still publishing asks its author instead of posting again.
/// </summary>
public sealed class WatchPublisher(WatchStore store, ISlackApi slack, ChannelPacer pacer, WatchNotices notices, WatchPlanner planner,
    ThemeCatalog themes, IOptionsMonitor<WatchOptions> options, TimeProvider time, DataChanges changes, ILogger<WatchPublisher> log)
{
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(5);
    public const int MaxTransientFailures = 3;
    private static readonly TimeSpan LateThreshold = TimeSpan.FromMinutes(1);

    /// <summary>Quartz fires a trigger up to a couple of milliseconds before its time: an item that close is due.</summary>
    public static readonly TimeSpan EarlyFireTolerance = TimeSpan.FromSeconds(1);

    /// <summary>Publishes every item of <paramref name="itemId"/>'s channel whose time has come, oldest first.</summary>
    public async Task PublishDueAsync(int itemId, CancellationToken ct)
    {
        if (await store.GetAsync(itemId, ct) is not { State: WatchState.Scheduled } item) return;
        using var channel = await pacer.EnterAsync(item.ChannelId, ct);
        var due = await store.DueIdsAsync(item.ChannelId, DueBy(), ct);
        try
        {
            foreach (var id in due)
                await PublishOneAsync(id, item.ChannelId, ct);
        }
        finally
        {
            // Published, failed or missed: each leaves the pending list, and a publication joins the latest.
            if (due.Count > 0) changes.Notify(DataChange.ForEveryone);
        }
    }

    private async Task PublishOneAsync(int id, string channelId, CancellationToken ct)
    {
        var maxLate = options.CurrentValue.MaxLate;
        if (await store.MissAsync(id, time.GetUtcNow().UtcDateTime, maxLate, ct) is { } missed)
        {
            log.LogWarning("Watch item {Id} was due {Due:u}, more than {Hours} h ago: not published, its author is told",
                id, missed.PublishAtUtc, maxLate.TotalHours);
            await notices.MissedAsync(missed, ct);
            return;
        }

        await pacer.WaitTurnAsync(channelId, ct);
        var attempt = Guid.NewGuid().ToString("N");
        var now = time.GetUtcNow();
        if (await store.ClaimAsync(id, DueBy(), now.UtcDateTime, attempt, ct) is not { } item) return; // cancelled or edited meanwhile
        var late = now - WatchPlanner.Utc(item.PublishAtUtc);
        if (late > LateThreshold)
            log.LogWarning("Watch item {Id} is published late: due {Due:u}, {Minutes:0} min late",
                id, item.PublishAtUtc, late.TotalMinutes);

        PostedMessage posted;
        try
        {
            // From here on, never cancelled: once the request may have left, only its answer tells what happened.
            posted = await slack.PostMessageAsync(item.ChannelId, WatchPost.Build(item, themes.BySlug(item.ThemeSlug)), CancellationToken.None);
        }
        catch (SlackApiException ex)
        {
            await HandleFailureAsync(item, attempt, ex, ct);
            return;
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Watch item {Id}: chat.postMessage ended unexpectedly; its author checks the channel", id);
            await MarkUncertainAsync(item, attempt);
            return;
        }

        await store.MarkPublishedAsync(id, attempt, posted.Ts, time.GetUtcNow().UtcDateTime, CancellationToken.None);
        log.LogInformation("Watch item {Id} published in {Channel} (ts {Ts})", id, posted.Channel, posted.Ts);
        try
        {
            await store.SetPermalinkAsync(id, await slack.GetPermalinkAsync(posted.Channel, posted.Ts, ct), CancellationToken.None);
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Watch item {Id} is published but its permalink is unknown ({Error})", id, ex.Error);
        }
    }

    private DateTime DueBy() => (time.GetUtcNow() + EarlyFireTolerance).UtcDateTime;

    private async Task HandleFailureAsync(WatchItem item, string attempt, SlackApiException ex, CancellationToken ct)
    {
        if (ex.Error == "fatal_error" || ex.InnerException is TaskCanceledException)
        {
            // Slack says part of the call may have succeeded, or the last try timed out: a new post could be a duplicate.
            log.LogError("Watch item {Id}: Slack answered {Error}; its author checks the channel", item.Id, ex.Error);
            await MarkUncertainAsync(item, attempt);
            return;
        }
        if (ex.IsTransient && item.TransientFailures + 1 < MaxTransientFailures)
        {
            await store.ReleaseAfterTransientFailureAsync(item.Id, attempt, CancellationToken.None);
            await planner.ScheduleAsync(item.Id, time.GetUtcNow() + RetryDelay, ct);
            log.LogWarning("Watch item {Id}: Slack unavailable ({Error}); next try in {Delay}", item.Id, ex.Error, RetryDelay);
            return;
        }
        var reason = ex.IsTransient ? WatchTexts.GaveUp : ex.Error;
        var failed = await store.FailAsync(item.Id, attempt, reason, CancellationToken.None);
        log.LogError("Watch item {Id} not published: Slack answered {Error}; its author is told", item.Id, ex.Error);
        if (failed is not null) await notices.FailedAsync(failed, reason, ct);
    }

    private async Task MarkUncertainAsync(WatchItem item, string attempt)
    {
        if (await store.MarkUncertainAsync(item.Id, attempt, CancellationToken.None) is { } uncertain)
            await notices.UncertainAsync(uncertain, CancellationToken.None);
    }
}
