using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common.Calendars;
using BrigadeBot.Features.Common.Waitlists;

namespace BrigadeBot.Features.Booking;

/// <summary>The DMs of a moved or changed session, and of waiting-list offers.</summary>
public sealed partial class BookingNotifier
{
    /// <summary>A member moved their booking out of <paramref name="from"/>: both animators told, both get the .ics, the member too.</summary>
    public async Task MovedAsync(string bookingId, Slot from, CancellationToken ct)
    {
        if (await LoadAsync(bookingId, ct) is not var (booking, slot)) return;
        var (theme, when, link) = Describe(booking, slot);
        var member = Mrkdwn.User(booking.MemberId);
        await DirectAsync(booking.MemberId, BookingMessageTexts.MovedFallback,
            BookingMessageTexts.MemberMoved(theme, when, display.ZoneName, Mrkdwn.User(booking.AnimatorId), link), ct);
        await SendInvitationAsync(booking.MemberId, booking, slot, BookingMessageTexts.IcsMovedComment, ct);
        await DirectAsync(from.AnimatorId, BookingMessageTexts.MovedFallback,
            BookingMessageTexts.AnimatorToldMovedAway(member, theme, display.When(from)), ct);
        await DirectAsync(booking.AnimatorId, BookingMessageTexts.MovedFallback,
            BookingMessageTexts.AnimatorToldMovedIn(member, theme, when, display.ZoneName, link), ct);
        if (from.AnimatorId != booking.AnimatorId)
        {
            // The first animator's copy is withdrawn under the UID it knows; the second gets the session as it now is.
            await CalendarFileAsync(from.AnimatorId, CalendarOf(from.AnimatorId, booking, from.VideoLink, cancel: true),
                BookingMessageTexts.IcsCancelComment, ct);
        }
        await SendInvitationAsync(booking.AnimatorId, booking, slot, BookingMessageTexts.IcsAnimatorComment, ct);
    }

    /// <summary>The animator changed the slot: the participant learns what changed and gets the updated .ics.</summary>
    public async Task SlotChangedAsync(string bookingId, string changes, CancellationToken ct)
    {
        if (await LoadAsync(bookingId, ct) is not var (booking, slot)) return;
        var (theme, when, link) = Describe(booking, slot);
        await DirectAsync(booking.MemberId, BookingMessageTexts.SlotChangedFallback,
            BookingMessageTexts.SlotChangedForMember(theme, when, display.ZoneName, link, changes), ct);
        await SendInvitationAsync(booking.MemberId, booking, slot, BookingMessageTexts.IcsMovedComment, ct);
        await SendInvitationAsync(booking.AnimatorId, booking, slot, BookingMessageTexts.IcsAnimatorComment, ct);
    }

    /// <summary>A freed place held for the first person in line: « Réserver cette place ».</summary>
    public async Task OfferAsync(WaitlistEntry offer, CancellationToken ct)
    {
        if (offer.HoldUntilUtc is not { } until || WaitQueues.SlotOf(offer.OfferedPlace ?? "") is not { } slotId) return;
        if (await slots.FindAsync(slotId, ct) is not { } slot) return;
        var theme = Mrkdwn.Escape(display.ThemeName(offer.Choice ?? slot.ThemeSlugs.FirstOrDefault() ?? ""));
        await DirectAsync(offer.MemberId, BookingMessageTexts.OfferFallback,
            BookingMessageTexts.Offer(theme, display.When(slot), display.ZoneName, display.StartsAt(until)), ct,
            [new Button(BookingIds.TakeOffer, BookingMessageTexts.TakeOfferButton, offer.Id, ButtonStyle.Primary)]);
    }

    /// <summary>A member on the cancelled slot's own list: that list is gone; the theme's list, if they are on it, stays.</summary>
    public Task WaitedSlotCancelledAsync(Slot slot, DroppedWaiter waiter, CancellationToken ct) =>
        DirectAsync(waiter.MemberId, BookingMessageTexts.WaitedSlotCancelledFallback,
            BookingMessageTexts.WaitedSlotCancelled(Mrkdwn.Escape(display.ThemeName(waiter.ThemeSlug)), display.When(slot), waiter.StaysOnThemeList), ct);

    public Task OfferExpiredAsync(WaitlistEntry expired, CancellationToken ct) =>
        DirectAsync(expired.MemberId, BookingMessageTexts.OfferExpiredFallback,
            BookingMessageTexts.OfferExpired(Mrkdwn.Escape(display.ThemeName(expired.Choice ?? ""))), ct);

    private Task SendInvitationAsync(string userId, Booking booking, Slot slot, string comment, CancellationToken ct) =>
        CalendarFileAsync(userId, CalendarOf(userId, booking, slot.VideoLink, cancel: false), comment, ct);

    /// <summary>The booking's calendar entry for <paramref name="userId"/>: the animator's copy has its own description.</summary>
    private CalendarEntry CalendarOf(string userId, Booking booking, string videoLink, bool cancel) =>
        BookingCalendar.Entry(booking, display.ThemeName(booking.ThemeSlug), videoLink, cancel, forAnimator: userId != booking.MemberId);
}
