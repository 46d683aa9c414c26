using Brigade.Slack.FollowUp;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Booking;

/// <summary>Books, lists and cancels sessions; reminders and messages follow each change.</summary>
public sealed class BookingService(BookingStore bookings, SlotStore slots, ThemeCatalog themes, SessionDisplay display,
    BookingReminders reminders, SlackFollowUpQueue followUp, TimeProvider time, IOptionsMonitor<BookingOptions> options,
    DataChanges changes, CommunityMetrics metrics)
{
    public int MaxUpcoming => Math.Max(1, options.CurrentValue.MaxUpcomingPerMember);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Future open slots with room, offering <paramref name="themeSlug"/> (any theme when null), soonest first.</summary>
    public async Task<IReadOnlyList<SlotChoice>> OpenSlotsAsync(string memberId, string? themeSlug, int max = 100,
        CancellationToken ct = default)
    {
        var now = Now;
        var offered = (await slots.UpcomingAsync(now, ct)).Where(s => themeSlug is null || s.ThemeSlugs.Contains(themeSlug)).ToList();
        var taken = await bookings.ActiveInAsync(offered.Select(s => s.Id).ToList(), ct);
        return offered
            .Where(s => !taken.Any(b => b.SlotId == s.Id && b.MemberId == memberId))
            .Select(s => new SlotChoice(s.Id, display.When(s), s.Capacity - taken.Count(b => b.SlotId == s.Id), s.Capacity))
            .Where(c => c.Free > 0)
            .Take(max)
            .ToList();
    }

    public async Task<bool> HasReachedLimitAsync(string memberId, CancellationToken ct) =>
        (await bookings.UpcomingOfAsync(memberId, Now, ct)).Count >= MaxUpcoming;

    /// <summary>Stores the booking, or returns the field errors (keyed by block_id) that explain why not.</summary>
    public async Task<IReadOnlyDictionary<string, string>> BookAsync(string memberId, BookingForm form, CancellationToken ct)
    {
        if (form.ThemeSlug is null || themes.BySlug(form.ThemeSlug) is null)
            return new Dictionary<string, string> { [BookingIds.Theme] = BookingTexts.ChooseTheme };
        // Slack requires the slot select, so no choice means the modal showed none (no open slot for that theme).
        if (form.SlotId is null)
            return new Dictionary<string, string> { [BookingIds.Theme] = BookingTexts.ChooseSlot };
        var choices = form.NoticeVersion is null ? null : new ProfileChoices(form.NoticeVersion, form.Category, form.CategoryInStatistics, form.SurveyAccepted);
        var request = new BookingRequest(memberId, form.SlotId, form.ThemeSlug, form.Note, choices);
        var outcome = await bookings.TryBookAsync(request, Now, MaxUpcoming, ct);
        if (outcome.Booking is not { } booking)
            return new Dictionary<string, string> { [form.SlotBlockId] = BookingTexts.Refusal(outcome.Refusal!.Value, outcome.Limit) };

        // The booking is on disk: the member's answer waits for nothing else. Reminders are rebuilt from storage at
        // every start, so scheduling them after the acknowledgement loses nothing if the process dies meanwhile; a
        // trigger left for a booking cancelled in between finds it cancelled when it fires and sends nothing.
        changes.Notify(DataChange.ForAnimatorsAnd(memberId));
        metrics.Booking(CommunityMetrics.Made);
        followUp.Enqueue("booking reminders", (services, token) =>
            services.GetRequiredService<BookingReminders>().ScheduleAsync(booking, token));
        followUp.Enqueue("booking confirmation", (services, token) =>
            services.GetRequiredService<BookingNotifier>().ConfirmedAsync(booking.Id, token));
        return new Dictionary<string, string>();
    }

    /// <summary>Cancels the member's own booking; <c>false</c> when it is not theirs or can no longer be cancelled.</summary>
    public async Task<bool> CancelByMemberAsync(string bookingId, string memberId, CancellationToken ct)
    {
        var booking = await bookings.CancelByMemberAsync(bookingId, memberId, Now, ct);
        if (booking is null) return false;
        await reminders.UnscheduleAsync(booking.Id, ct);
        changes.Notify(DataChange.ForAnimatorsAnd(memberId));
        metrics.Booking(CommunityMetrics.Cancelled);
        followUp.Enqueue("booking cancelled", (services, token) =>
            services.GetRequiredService<BookingNotifier>().CancelledByMemberAsync(booking.Id, token));
        return true;
    }

    /// <summary>
    /// Marks a participant present or absent; a participant marked present gets the follow-up at once (the claim keeps
    /// it to one). <c>null</c> when the booking is not the animator's or the session has not started.
    /// </summary>
    public async Task<Booking?> MarkAttendanceAsync(string bookingId, string animatorId, Attendance mark, CancellationToken ct)
    {
        var booking = await bookings.MarkAttendanceAsync(bookingId, animatorId, mark, Now, ct);
        if (booking is not null) changes.Notify(DataChange.ForAnimatorsAnd(booking.MemberId));
        if (booking is { Status: BookingStatus.Confirmed, Attendance: Attendance.Present })
            followUp.Enqueue("booking follow-up on attendance", (services, token) =>
                services.GetRequiredService<BookingReminders>().RunAsync(booking.Id, ReminderKind.FollowUp, token));
        return booking;
    }

    /// <summary>Cancels the animator's own slot and tells its participants; <c>null</c> when it is not theirs or not open.</summary>
    public async Task<(Slot Slot, int Told)?> CancelSlotAsync(string slotId, string animatorId, CancellationToken ct)
    {
        var result = await bookings.CancelSlotAsync(slotId, animatorId, Now, ct);
        if (result is not var (slot, cancelled)) return null;
        foreach (var booking in cancelled) await reminders.UnscheduleAsync(booking.Id, ct);
        changes.Notify(DataChange.ForAnimators);
        if (cancelled.Count > 0) metrics.Booking(CommunityMetrics.Cancelled, cancelled.Count);
        foreach (var booking in cancelled) changes.Notify(DataChange.ForAnimatorsAnd(booking.MemberId));
        var ids = cancelled.Select(b => b.Id).ToList();
        if (ids.Count > 0)
            followUp.Enqueue("slot cancelled", async (services, token) =>
            {
                var notifier = services.GetRequiredService<BookingNotifier>();
                foreach (var id in ids) await notifier.SlotCancelledAsync(id, token);
            });
        return (slot, cancelled.Count);
    }
}
