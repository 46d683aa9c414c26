using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common.Deliveries;
using BrigadeBot.Scheduling;
using Quartz;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// The three messages around a session: 24 h before, 1 h before, and 15 min after it ends (the follow-up, which also
/// marks the booking as held). LiteDB says what was sent; Quartz only wakes us. A job claims its message in the
/// writer before sending, so nothing goes twice, and a message whose moment has passed is skipped.
/// </summary>
public sealed class BookingReminders(BookingStore bookings, IBrigadeScheduler scheduler, TimeProvider time,
    BookingNotifier notifier, DeliveryRetries retries, ILogger<BookingReminders> log)
{
    public const string JobGroup = "booking";
    public static readonly TimeSpan FollowUpDelay = TimeSpan.FromMinutes(15);
    /// <summary>After this, a follow-up missed while the bot was down is no longer sent (the booking is still marked held).</summary>
    public static readonly TimeSpan FollowUpUsefulFor = TimeSpan.FromDays(3);

    public static JobKey Key(string bookingId, ReminderKind kind) => new($"{bookingId}.{kind}", JobGroup);

    public static DateTime DueAt(Booking booking, ReminderKind kind) => kind switch
    {
        ReminderKind.DayBefore => booking.StartUtc.AddHours(-24),
        ReminderKind.HourBefore => booking.StartUtc.AddHours(-1),
        _ => booking.EndUtc + FollowUpDelay,
    };

    /// <summary>
    /// Whether the message may still go. A reminder due before the booking was made (or moved) is never sent (the confirmation
    /// said it all); the day-before one stops an hour before the session (the hour-before one takes over), the hour-before one
    /// at the start. A follow-up Slack could not take leaves its booking held, and stays pending while still useful.
    /// </summary>
    public static bool IsPending(Booking booking, ReminderKind kind, DateTime nowUtc) => kind switch
    {
        ReminderKind.DayBefore => booking.Status == BookingStatus.Confirmed && booking.Reminder24hSentAt is null
            && Since(booking) < DueAt(booking, kind) && nowUtc < booking.StartUtc.AddHours(-1),
        ReminderKind.HourBefore => booking.Status == BookingStatus.Confirmed && booking.Reminder1hSentAt is null
            && Since(booking) < DueAt(booking, kind) && nowUtc < booking.StartUtc,
        _ => booking.FollowUpSentAt is null && (booking.Status == BookingStatus.Confirmed
            || booking.Status == BookingStatus.Held && nowUtc < DueAt(booking, kind) + FollowUpUsefulFor),
    };

    /// <summary>When the booking took its current time: made, or last moved.</summary>
    private static DateTime Since(Booking booking) => booking.ChangedAtUtc ?? booking.CreatedAtUtc;

    public async Task ScheduleAsync(Booking booking, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        foreach (var kind in Enum.GetValues<ReminderKind>())
        {
            if (!IsPending(booking, kind, now.UtcDateTime)) continue;
            var due = SessionDisplay.AsUtc(DueAt(booking, kind));
            await scheduler.ScheduleOnceAsync<BookingReminderJob>(Key(booking.Id, kind), due > now ? due : now, Data(booking.Id, kind), ct);
        }
    }

    public async Task UnscheduleAsync(string bookingId, CancellationToken ct)
    {
        foreach (var kind in Enum.GetValues<ReminderKind>()) await scheduler.UnscheduleAsync(Key(bookingId, kind), ct);
    }

    /// <summary>Rebuilds every pending trigger from the database (at start: Quartz keeps nothing across restarts).</summary>
    public async Task RescheduleAllAsync(CancellationToken ct)
    {
        var remindable = await bookings.RemindableAsync(ct);
        foreach (var booking in remindable) await ScheduleAsync(booking, ct);
        log.LogInformation("Booking reminders rebuilt for {Count} booking(s)", remindable.Count);
    }

    /// <summary>What a job does: claim the message (mark it sent) in one write, then send it; <c>false</c> when nothing went.</summary>
    public async Task<bool> RunAsync(string bookingId, ReminderKind kind, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var send = true;
        var tellAnimator = true;
        var claimed = await bookings.ClaimAsync(bookingId, (booking, others) =>
        {
            if (!IsPending(booking, kind, now)) return false;
            // In a group session the animator gets one reminder, from the first participant's claim.
            tellAnimator = !others.Any(o => SentAt(o, kind) is not null);
            switch (kind)
            {
                case ReminderKind.DayBefore: booking.Reminder24hSentAt = now; break;
                case ReminderKind.HourBefore: booking.Reminder1hSentAt = now; break;
                default:
                    booking.Status = BookingStatus.Held;
                    send = now < DueAt(booking, kind) + FollowUpUsefulFor;
                    if (send) booking.FollowUpSentAt = now;
                    break;
            }
            return true;
        }, ct);
        if (claimed is null || !send)
        {
            log.LogDebug("Booking message {Kind} not sent: no longer pending or too late", kind);
            return false;
        }
        var failure = kind == ReminderKind.FollowUp
            ? await notifier.FollowUpAsync(claimed, ct)
            : await notifier.ReminderAsync(claimed, kind, tellAnimator, ct);
        if (failure is not null) await RetryLaterAsync(claimed, kind, failure, ct);
        return true;
    }

    /// <summary>
    /// Slack could not take the message: hand the claim back and try again in <see cref="DeliveryRetries.RetryAfter"/>
    /// while the message is still useful; otherwise say in the log that it was dropped, and why.
    /// </summary>
    private async Task RetryLaterAsync(Booking booking, ReminderKind kind, string failure, CancellationToken ct)
    {
        var what = kind == ReminderKind.FollowUp ? $"Booking follow-up for booking {booking.Id}" : $"Booking reminder {kind} for booking {booking.Id}";
        var retryAt = retries.NextTry;
        var transient = SlackApiException.IsTransientError(failure);
        // The claim is handed back only if the message will still be pending at the retry; otherwise it stays taken.
        if (transient && await bookings.ClaimAsync(booking.Id, (stored, _) =>
            {
                switch (kind)
                {
                    case ReminderKind.DayBefore: stored.Reminder24hSentAt = null; break;
                    case ReminderKind.HourBefore: stored.Reminder1hSentAt = null; break;
                    default: stored.FollowUpSentAt = null; break;
                }
                return IsPending(stored, kind, retryAt.UtcDateTime);
            }, ct) is not null)
        {
            await retries.RetryAsync<BookingReminderJob>(what, failure, Key(booking.Id, kind), Data(booking.Id, kind), retryAt, ct);
            return;
        }
        retries.Dropped(what, failure, transient ? DeliveryRetries.TooLate : DeliveryRetries.Refused);
    }

    private static JobDataMap Data(string bookingId, ReminderKind kind) =>
        new() { [BookingReminderJob.BookingKey] = bookingId, [BookingReminderJob.KindKey] = kind.ToString() };

    private static DateTime? SentAt(Booking booking, ReminderKind kind) => kind switch
    {
        ReminderKind.DayBefore => booking.Reminder24hSentAt,
        ReminderKind.HourBefore => booking.Reminder1hSentAt,
        _ => booking.FollowUpSentAt,
    };
}
