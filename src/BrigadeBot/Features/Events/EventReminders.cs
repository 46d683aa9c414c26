using System.Globalization;
using BrigadeBot.Features.Common.Deliveries;
using BrigadeBot.Scheduling;
using Quartz;

namespace BrigadeBot.Features.Events;

/// <summary>
/// The reminders registrants get 24 h and 1 h before a conference. LiteDB says what was sent; Quartz only wakes us. Each
/// registrant's delivery mark is written before their DM, so nobody gets one twice; when Slack cannot be reached the rest
/// are tried again while the reminder is still useful, and one whose moment has passed is skipped. At the start, the
/// announcement is redrawn without its buttons.
/// </summary>
public sealed class EventReminders(EventStore events, IBrigadeScheduler scheduler, TimeProvider time, EventNotifier notifier,
    EventAnnouncements announcements, DeliveryRetries retries, ILogger<EventReminders> log)
{
    public const string JobGroup = "events";
    public const string SurveyCloseCron = "0 40 3 * * ?";
    public static readonly JobKey SurveyCloseKey = new("event-survey-close", JobGroup);

    public static JobKey Key(int id, EventReminderKind kind) => new($"event-{id.ToString(CultureInfo.InvariantCulture)}.{kind}", JobGroup);

    public static DateTime DueAt(Conference conference, EventReminderKind kind) => kind switch
    {
        EventReminderKind.DayBefore => conference.StartsAtUtc.AddHours(-24),
        EventReminderKind.HourBefore => conference.StartsAtUtc.AddHours(-1),
        _ => conference.StartsAtUtc,
    };

    /// <summary>Until when a reminder may go: the day-before one until an hour before the start (the hour-before one takes over), the other until the start.</summary>
    public static DateTime UsefulUntil(Conference conference, EventReminderKind kind) => kind switch
    {
        EventReminderKind.DayBefore => conference.StartsAtUtc.AddHours(-1),
        EventReminderKind.HourBefore => conference.StartsAtUtc,
        _ => conference.EndsAtUtc,
    };

    /// <summary>Whether the reminder may still go. One due before the conference was announced (or moved) is never sent.</summary>
    public static bool IsPending(Conference conference, EventReminderKind kind, DateTime nowUtc) =>
        conference.Status == ConferenceStatus.Scheduled && nowUtc < UsefulUntil(conference, kind) && kind switch
        {
            EventReminderKind.DayBefore => conference.Reminder24hSentAtUtc is null && conference.UpdatedAtUtc < DueAt(conference, kind),
            EventReminderKind.HourBefore => conference.Reminder1hSentAtUtc is null && conference.UpdatedAtUtc < DueAt(conference, kind),
            _ => true, // redrawing the announcement is harmless: no mark needed
        };

    public async Task ScheduleAsync(Conference conference, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        foreach (var kind in Enum.GetValues<EventReminderKind>())
        {
            if (!IsPending(conference, kind, now.UtcDateTime))
            {
                await scheduler.UnscheduleAsync(Key(conference.Id, kind), ct);
                continue;
            }
            var due = new DateTimeOffset(DateTime.SpecifyKind(DueAt(conference, kind), DateTimeKind.Utc));
            await scheduler.ScheduleOnceAsync<EventReminderJob>(Key(conference.Id, kind), due > now ? due : now, Data(conference.Id, kind), ct);
        }
    }

    public async Task UnscheduleAsync(int id, CancellationToken ct)
    {
        foreach (var kind in Enum.GetValues<EventReminderKind>()) await scheduler.UnscheduleAsync(Key(id, kind), ct);
    }

    /// <summary>Rebuilds every pending trigger from the database (at start: Quartz keeps nothing across restarts).</summary>
    public async Task RescheduleAllAsync(CancellationToken ct)
    {
        var notOver = await events.NotOverAsync(ct);
        foreach (var conference in notOver) await ScheduleAsync(conference, ct);
        log.LogInformation("Conference reminders rebuilt for {Count} coming or running conference(s)", notOver.Count);
    }

    public async Task RunAsync(int id, EventReminderKind kind, CancellationToken ct)
    {
        if (kind == EventReminderKind.Start)
        {
            announcements.Request(id);
            return;
        }
        if (await events.FindAsync(id, ct) is not { } conference || !IsPending(conference, kind, time.GetUtcNow().UtcDateTime))
        {
            log.LogDebug("Conference reminder {Kind} not sent: no longer pending", kind);
            return;
        }
        var what = $"Conference reminder {kind} for conference {id}";
        var usefulUntil = UsefulUntil(conference, kind);
        // The due moment is part of the message's identity: a moved conference's reminder goes again, to everyone.
        var message = $"{Key(id, kind).Name}@{DueAt(conference, kind).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture)}";
        if (await retries.SendToEachOrRetryAsync<EventReminderJob>(what, message, conference.RegisteredIds, usefulUntil,
                (memberId, token) => notifier.ReminderAsync(conference, kind, memberId, token), Key(id, kind), Data(id, kind), ct))
            return;
        await events.FinishReminderAsync(id, kind, conference.StartsAtUtc, ct);
    }

    private static JobDataMap Data(int id, EventReminderKind kind) =>
        new() { [EventReminderJob.EventKey] = id, [EventReminderJob.KindKey] = kind.ToString() };
}
