using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// What animators do with items: schedule from the modal, cancel, republish or confirm after an interrupted
/// publication, and the list. Keeps LiteDB and the Quartz triggers in step: the store first, then the trigger.
/// </summary>
public sealed class WatchPlanner(WatchStore store, FeedEntryStore feedEntries, IBrigadeScheduler scheduler, BrigadeTimeZone zone,
    TimeProvider time, DataChanges changes)
{
    /// <summary>Failed, missed or uncertain items stay in the list this long, waiting for someone to decide.</summary>
    public static readonly TimeSpan AttentionWindow = TimeSpan.FromDays(30);

    /// <summary>Creates an item (or revises the one the modal was opened for) and schedules it; <c>null</c> if it can no longer change.</summary>
    public async Task<WatchItem?> SaveAsync(WatchDraft draft, WatchModalOrigin origin, string userId, CancellationToken ct)
    {
        var publishAt = draft.PublishAt(zone).UtcDateTime;
        WatchItem? item;
        if (origin.ItemId is { } id)
        {
            item = await store.ReviseAsync(id, i => Apply(i, draft, publishAt), ct);
        }
        else
        {
            var created = new WatchItem { AuthorId = userId, CreatedAtUtc = time.GetUtcNow().UtcDateTime, FeedEntryId = origin.FeedEntryId };
            Apply(created, draft, publishAt);
            item = await store.CreateAsync(created, ct);
            if (origin.FeedEntryId is { } entryId) await feedEntries.MarkPlannedAsync(entryId, userId, item.Id, ct);
        }
        if (item is not null) await ScheduleAsync(item.Id, Utc(item.PublishAtUtc), ct);
        return Changed(item);
    }

    public async Task<WatchItem?> CancelAsync(int id, CancellationToken ct)
    {
        var item = await store.CancelAsync(id, ct);
        if (item is not null) await scheduler.UnscheduleAsync(WatchPostJob.KeyFor(id), ct);
        return Changed(item);
    }

    public async Task<WatchItem?> RepublishAsync(int id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var item = await store.RepublishAsync(id, now.UtcDateTime, ct);
        if (item is not null) await ScheduleAsync(id, now, ct);
        return Changed(item);
    }

    public async Task<WatchItem?> ConfirmPublishedAsync(int id, CancellationToken ct) =>
        Changed(await store.ConfirmPublishedAsync(id, time.GetUtcNow().UtcDateTime, ct));

    /// <summary>The App Home shows pending and latest items: it is told of every change.</summary>
    private WatchItem? Changed(WatchItem? item)
    {
        if (item is not null) changes.Notify(DataChange.ForEveryone);
        return item;
    }

    /// <summary>A past time fires at once (Quartz); the publisher decides whether it is still worth posting.</summary>
    public Task ScheduleAsync(int id, DateTimeOffset fireAtUtc, CancellationToken ct) =>
        scheduler.ScheduleOnceAsync<WatchPostJob>(WatchPostJob.KeyFor(id), fireAtUtc, WatchPostJob.Data(id), ct);

    /// <summary>The list: coming items, recent ones needing attention, and those published in the last 7 days.</summary>
    public async Task<SlackMessage> ListMessageAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var coming = (await store.InStatesAsync(WatchState.Scheduled, WatchState.Publishing, WatchState.Failed, WatchState.Missed, WatchState.Uncertain))
            .Where(i => i.State is WatchState.Scheduled or WatchState.Publishing || i.PublishAtUtc > now - AttentionWindow)
            .ToList();
        var recent = await store.PublishedBetweenAsync(now.AddDays(-7), now, ct);
        return WatchList.Build(coming, recent, zone);
    }

    public static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private static void Apply(WatchItem item, WatchDraft draft, DateTime publishAtUtc)
    {
        item.Title = draft.Title;
        item.Url = draft.Url;
        item.Summary = draft.Summary;
        item.ThemeSlug = draft.ThemeSlug;
        item.ChannelId = draft.ChannelId;
        item.PublishAtUtc = publishAtUtc;
    }
}
