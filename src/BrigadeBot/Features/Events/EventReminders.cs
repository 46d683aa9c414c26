using System.Globalization;
using BrigadeBot.Scheduling;
using Quartz;

namespace BrigadeBot.Features.Events;

/// <summary>
/// The reminders registrants get 24 h and 1 h before a conference. LiteDB says what was sent; Quartz only wakes us. A
/// job claims its reminder in the writer before sending, so nothing goes twice, and a reminder whose moment has passed
/// is skipped. At the start, the announcement is redrawn without its buttons.
/// </summary>
public sealed class EventReminders(EventStore events, IBrigadeScheduler scheduler, TimeProvider time, EventNotifier notifier,
    EventAnnouncements announcements, ILogger<EventReminders> log)
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

    /// <summary>
    /// Whether the reminder may still go. One due before the conference was announced (or moved) is never sent; the
    /// day-before one stops an hour before the start (the hour-before one takes over), the hour-before one at the start.
    /// </summary>
    public static bool IsPending(Conference conference, EventReminderKind kind, DateTime nowUtc) =>
        conference.Status == ConferenceStatus.Scheduled && kind switch
        {
            EventReminderKind.DayBefore => conference.Reminder24hSentAtUtc is null && conference.UpdatedAtUtc < DueAt(conference, kind)
                && nowUtc < conference.StartsAtUtc.AddHours(-1),
            EventReminderKind.HourBefore => conference.Reminder1hSentAtUtc is null && conference.UpdatedAtUtc < DueAt(conference, kind)
                && nowUtc < conference.StartsAtUtc,
            _ => nowUtc < conference.EndsAtUtc, // redrawing the announcement is harmless: no claim needed
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
            var data = new JobDataMap { [EventReminderJob.EventKey] = conference.Id, [EventReminderJob.KindKey] = kind.ToString() };
            await scheduler.ScheduleOnceAsync<EventReminderJob>(Key(conference.Id, kind), due > now ? due : now, data, ct);
        }
    }

    public async Task UnscheduleAsync(int id, CancellationToken ct)
    {
        foreach (var kind in Enum.GetValues<EventReminderKind>()) await scheduler.UnscheduleAsync(Key(id, kind), ct);
    }

    /// <summary>Rebuilds every pending trigger from the database (at start: Quartz keeps nothing across restarts).</summary>
    public async Task RescheduleAllAsync(CancellationToken ct)
    {
        var coming = await events.ComingAsync(ct);
        foreach (var conference in coming) await ScheduleAsync(conference, ct);
        log.LogInformation("Conference reminders rebuilt for {Count} coming conference(s)", coming.Count);
    }

    public async Task RunAsync(int id, EventReminderKind kind, CancellationToken ct)
    {
        if (kind == EventReminderKind.Start)
        {
            announcements.Request(id);
            return;
        }
        if (await events.ClaimReminderAsync(id, kind, ct) is not { } conference)
        {
            log.LogDebug("Conference reminder {Kind} not sent: no longer pending", kind);
            return;
        }
        await notifier.ReminderAsync(conference, kind, ct);
    }
}
