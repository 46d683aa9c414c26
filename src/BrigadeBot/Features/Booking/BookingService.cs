using Brigade.Slack.FollowUp;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>Books, moves, lists and cancels sessions; reminders, messages and waiting-list offers follow each change.</summary>
public sealed class BookingService(BookingStore bookings, SlotStore slots, ThemeCatalog themes, SessionDisplay display,
    BookingReminders reminders, SlackFollowUpQueue followUp, BookingPolicy policy, BookingWaitlist waitlist, DataChanges changes,
    RecapStore recaps, CommunityMetrics metrics)
{
    public int MaxUpcoming => policy.MaxUpcoming;

    /// <summary>
    /// Future open slots with room for the member, offering <paramref name="themeSlug"/> (any theme when null), that can
    /// still be booked with the notice required, soonest first. A place held for the member counts as room.
    /// </summary>
    public async Task<IReadOnlyList<SlotChoice>> OpenSlotsAsync(string memberId, string? themeSlug, int max = 100,
        CancellationToken ct = default) =>
        (await ChoicesAsync(memberId, themeSlug, ct)).Where(c => c.Free > 0).Take(max).ToList();

    /// <summary>The slots of <paramref name="themeSlug"/> the member could book but for their being full: their waiting lists.</summary>
    public async Task<IReadOnlyList<SlotChoice>> FullSlotsAsync(string memberId, string themeSlug, CancellationToken ct = default) =>
        (await ChoicesAsync(memberId, themeSlug, ct)).Where(c => c.Free <= 0).Take(100).ToList();

    private async Task<IReadOnlyList<SlotChoice>> ChoicesAsync(string memberId, string? themeSlug, CancellationToken ct)
    {
        var rules = policy.Rules();
        var from = rules.MinNotice > TimeSpan.Zero ? rules.EarliestStartUtc.AddTicks(-1) : rules.NowUtc;
        var offered = (await slots.UpcomingAsync(from, ct))
            .Where(s => themeSlug is null || s.ThemeSlugs.Contains(themeSlug)).ToList();
        var taken = await bookings.TakenAsync(offered.Select(s => s.Id).ToList(), memberId, rules.NowUtc, ct);
        return offered
            .Where(s => !taken[s.Id].Mine)
            .Select(s => new SlotChoice(s.Id, display.When(s), s.Capacity - taken[s.Id].Taken, s.Capacity, s.AnimatorId))
            .ToList();
    }

    public async Task<bool> HasReachedLimitAsync(string memberId, CancellationToken ct) =>
        (await bookings.UpcomingOfAsync(memberId, policy.Rules().NowUtc, ct)).Count >= MaxUpcoming;

    /// <summary>Stores the booking (or the move), or returns the field errors (keyed by block_id) that explain why not.</summary>
    public async Task<IReadOnlyDictionary<string, string>> BookAsync(string memberId, BookingForm form, CancellationToken ct)
    {
        if (form.ThemeSlug is null || themes.BySlug(form.ThemeSlug) is null)
            return new Dictionary<string, string> { [BookingIds.Theme] = BookingTexts.ChooseTheme };
        // Slack requires the slot select, so no choice means the modal showed none (no open slot for that theme).
        if (form.SlotId is null)
            return new Dictionary<string, string> { [BookingIds.Theme] = BookingTexts.ChooseSlot };
        var choices = form.NoticeVersion is null ? null : new ProfileChoices(form.NoticeVersion, form.Category, form.CategoryInStatistics, form.SurveyAccepted);
        var request = new BookingRequest(memberId, form.SlotId, form.ThemeSlug, form.Note, choices, form.MovingBookingId);
        var outcome = await bookings.TryBookAsync(request, policy.Rules(), ct);
        if (outcome.Booking is not { } booking)
            return new Dictionary<string, string> { [form.SlotBlockId] = BookingTexts.Refusal(outcome.Refusal!.Value, outcome.Limit, policy.MinNoticeHours) };

        // The booking is on disk: the member's answer waits for nothing else. Reminders are rebuilt from storage at
        // every start, so scheduling them after the acknowledgement loses nothing if the process dies meanwhile; a
        // trigger left for a booking cancelled in between finds it cancelled when it fires and sends nothing.
        changes.Notify(DataChange.ForAnimatorsAnd(memberId));
        metrics.Booking(CommunityMetrics.Made);
        followUp.Enqueue("booking reminders", (services, token) =>
            services.GetRequiredService<BookingReminders>().ScheduleAsync(booking, token));
        if (outcome.From is { } from)
            followUp.Enqueue("booking moved", (services, token) =>
                services.GetRequiredService<BookingNotifier>().MovedAsync(booking.Id, from, token));
        else
            followUp.Enqueue("booking confirmation", (services, token) =>
                services.GetRequiredService<BookingNotifier>().ConfirmedAsync(booking.Id, token));
        waitlist.Announce(outcome.Offers);
        return new Dictionary<string, string>();
    }

    /// <summary>Cancels the member's own booking and offers its place to the waiting list; the booking too late to cancel comes back.</summary>
    public async Task<(CancelResult Result, Booking? Booking)> CancelByMemberAsync(string bookingId, string memberId, CancellationToken ct)
    {
        var outcome = await bookings.CancelByMemberAsync(bookingId, memberId, policy.Rules(), policy.CancelNotice, ct);
        if (outcome.TooLate) return (CancelResult.TooLate, outcome.Booking);
        if (outcome.Booking is not { } booking) return (CancelResult.NotFound, null);
        await reminders.UnscheduleAsync(booking.Id, ct);
        changes.Notify(DataChange.ForAnimatorsAnd(memberId));
        metrics.Booking(CommunityMetrics.Cancelled);
        followUp.Enqueue("booking cancelled", (services, token) =>
            services.GetRequiredService<BookingNotifier>().CancelledByMemberAsync(booking.Id, token));
        waitlist.Announce(outcome.Offers);
        return (CancelResult.Cancelled, booking);
    }

    /// <summary>
    /// Marks a participant present or absent; a participant marked present gets the follow-up at once (the claim keeps
    /// it to one). <c>null</c> when the booking is not the animator's or the session has not started.
    /// </summary>
    public async Task<Booking?> MarkAttendanceAsync(string bookingId, string animatorId, Attendance mark, CancellationToken ct)
    {
        var booking = await bookings.MarkAttendanceAsync(bookingId, animatorId, mark, policy.Rules().NowUtc, ct);
        if (booking is not null) changes.Notify(DataChange.ForAnimatorsAnd(booking.MemberId));
        if (booking is { Status: BookingStatus.Confirmed, Attendance: Attendance.Present })
            followUp.Enqueue("booking follow-up on attendance", (services, token) =>
                services.GetRequiredService<BookingReminders>().RunAsync(booking.Id, ReminderKind.FollowUp, token));
        return booking;
    }

    /// <summary>
    /// Marks the participant present with a recap: the recap goes with the follow-up, or on its own when the follow-up has
    /// already gone (a recap sent again replaces the first). <c>false</c> when the booking is not in the animator's
    /// started sessions.
    /// </summary>
    public async Task<bool> SaveRecapAsync(string bookingId, string animatorId, RecapForm form, CancellationToken ct)
    {
        var now = policy.Rules().NowUtc;
        var booking = await bookings.MarkAttendanceAsync(bookingId, animatorId, Attendance.Present, now, ct);
        if (booking is null) return false;
        await recaps.SaveAsync(new SessionRecap
        {
            BookingId = booking.Id, MemberId = booking.MemberId, AnimatorId = booking.AnimatorId, ThemeSlug = booking.ThemeSlug,
            StartUtc = booking.StartUtc, EndUtc = booking.EndUtc, Seen = form.Seen, NextSteps = form.NextSteps,
            Resources = [.. form.Resources], WrittenAtUtc = now,
        }, ct);
        changes.Notify(DataChange.ForAnimatorsAnd(booking.MemberId));
        followUp.Enqueue("booking recap", async (services, token) =>
        {
            if (!await services.GetRequiredService<BookingReminders>().RunAsync(booking.Id, ReminderKind.FollowUp, token))
                await services.GetRequiredService<RecapDelivery>().SendAsync(booking.Id, token);
        });
        return true;
    }

    /// <summary>
    /// Cancels the animator's own slot and tells its participants and the members on its own waiting list; <c>null</c>
    /// when it is not theirs or not open.
    /// </summary>
    public async Task<(Slot Slot, int Told)?> CancelSlotAsync(string slotId, string animatorId, CancellationToken ct)
    {
        var result = await bookings.CancelSlotAsync(slotId, animatorId, policy.Rules().NowUtc, ct);
        if (result is not var (slot, cancelled, waiting)) return null;
        foreach (var booking in cancelled) await reminders.UnscheduleAsync(booking.Id, ct);
        changes.Notify(DataChange.ForAnimators);
        if (cancelled.Count > 0) metrics.Booking(CommunityMetrics.Cancelled, cancelled.Count);
        foreach (var memberId in cancelled.Select(b => b.MemberId).Concat(waiting.Select(w => w.MemberId)).Distinct())
            changes.Notify(DataChange.ForAnimatorsAnd(memberId));
        var ids = cancelled.Select(b => b.Id).ToList();
        if (ids.Count > 0 || waiting.Count > 0)
            followUp.Enqueue("slot cancelled", async (services, token) =>
            {
                var notifier = services.GetRequiredService<BookingNotifier>();
                foreach (var id in ids) await notifier.SlotCancelledAsync(id, token);
                foreach (var waiter in waiting) await notifier.WaitedSlotCancelledAsync(slot, waiter, token);
            });
        return (slot, cancelled.Count);
    }
}
