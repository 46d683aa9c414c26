using Brigade.Slack.FollowUp;
using BrigadeBot.Scheduling;
using Quartz;

namespace BrigadeBot.Features.Common.Waitlists;

/// <summary>
/// The end of each offer's hold, on the injected clock: when it comes, the owning feature passes the place to the next
/// person. The database says what is held; Quartz only wakes us.
/// </summary>
public sealed class WaitlistHolds(WaitlistStore store, IBrigadeScheduler scheduler, IServiceProvider services, TimeProvider time,
    SlackFollowUpQueue followUp, ILogger<WaitlistHolds> log)
{
    // Resolved when needed: an owner schedules its offers' holds here, so it cannot be given at construction.
    private IWaitlistOwner? Owner(string name) => services.GetServices<IWaitlistOwner>().FirstOrDefault(o => o.Name == name);

    public const string JobGroup = "waitlist";

    public static JobKey Key(string entryId) => new(entryId, JobGroup);

    public async Task ScheduleAsync(WaitlistEntry entry, CancellationToken ct)
    {
        if (entry.HoldUntilUtc is not { } until) return;
        var due = new DateTimeOffset(DateTime.SpecifyKind(until, DateTimeKind.Utc));
        var now = time.GetUtcNow();
        await scheduler.ScheduleOnceAsync<WaitlistHoldJob>(Key(entry.Id), due > now ? due : now,
            new JobDataMap { [WaitlistHoldJob.EntryKey] = entry.Id }, ct);
    }

    /// <summary>After the write that made them, off the request: each offer's hold is scheduled, then its member told by <paramref name="tell"/>.</summary>
    public void Announce(IReadOnlyList<WaitlistEntry> offers, Func<IServiceProvider, WaitlistEntry, CancellationToken, Task> tell)
    {
        if (offers.Count == 0) return;
        followUp.Enqueue("waiting-list offers", async (scope, token) =>
        {
            var holds = scope.GetRequiredService<WaitlistHolds>();
            foreach (var offer in offers)
            {
                await holds.ScheduleAsync(offer, token);
                await tell(scope, offer, token);
            }
        });
    }

    public Task UnscheduleAsync(string entryId, CancellationToken ct) => scheduler.UnscheduleAsync(Key(entryId), ct);

    public async Task RescheduleAllAsync(CancellationToken ct)
    {
        var offered = await store.OfferedAsync(ct);
        foreach (var entry in offered) await ScheduleAsync(entry, ct);
        log.LogInformation("Waiting-list holds rebuilt for {Count} offer(s)", offered.Count);
    }

    /// <summary>What the job does: the owner ends the offer (if it is still out and due) and offers the place again.</summary>
    public async Task ExpireAsync(string entryId, CancellationToken ct)
    {
        if (await store.FindAsync(entryId, ct) is not { } entry) return;
        if (Owner(entry.Owner) is not { } owner)
        {
            log.LogWarning("No owner {Owner} for a waiting list entry", entry.Owner);
            return;
        }
        await owner.OfferEndedAsync(entryId, ct);
    }

    /// <summary>
    /// Takes the member out of a list; a place held for them goes to the next person through its owner. <c>null</c> when
    /// the entry is not theirs (or gone).
    /// </summary>
    public async Task<WaitlistEntry?> LeaveAsync(string entryId, string memberId, CancellationToken ct)
    {
        if (await store.LeaveAsync(entryId, memberId, ct) is not { } entry) return null;
        if (entry.OfferedPlace is { } place)
        {
            await UnscheduleAsync(entry.Id, ct);
            await ReleaseAsync(entry.Owner, place, ct);
        }
        return entry;
    }

    /// <summary>A member left or was erased while holding <paramref name="place"/>: its owner offers it again.</summary>
    public async Task ReleaseAsync(string owner, string place, CancellationToken ct)
    {
        if (Owner(owner) is { } found) await found.PlaceReleasedAsync(place, ct);
    }
}
