using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Calendars;
using BrigadeBot.Features.Common.FollowUps;
using BrigadeBot.Features.Common.KnowledgeSheets;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// Every DM of the booking feature, sent after the acknowledgement: confirmations (with the .ics invitation, to the
/// member and the animator), moves and changes (the .ics again, same UID, higher SEQUENCE), cancellations (with the .ics
/// CANCEL), waiting-list offers, reminders and follow-up. A failure is logged; the booking stands.
/// </summary>
public sealed partial class BookingNotifier(BookingStore bookings, SlotStore slots, IThemeSheets sheets, SessionDisplay display,
    CalendarFileSender calendarFiles, SlackMessenger messenger, IEnumerable<IFollowUpButton> followUpButtons,
    RecapDelivery recaps, ILogger<BookingNotifier> log)
{
    public async Task ConfirmedAsync(string bookingId, CancellationToken ct)
    {
        if (await LoadAsync(bookingId, ct) is not var (booking, slot)) return;
        var (theme, when, link) = Describe(booking, slot);
        await DirectAsync(booking.MemberId, BookingMessageTexts.ConfirmedFallback,
            BookingMessageTexts.MemberConfirmed(theme, when, display.ZoneName, Mrkdwn.User(booking.AnimatorId), link, booking.Note), ct);
        await SendInvitationAsync(booking.MemberId, booking, slot, BookingMessageTexts.IcsComment, ct);
        await DirectAsync(booking.AnimatorId, BookingMessageTexts.ConfirmedFallback,
            BookingMessageTexts.AnimatorBooked(Mrkdwn.User(booking.MemberId), theme, when, display.ZoneName, link, booking.Note), ct);
        await SendInvitationAsync(booking.AnimatorId, booking, slot, BookingMessageTexts.IcsAnimatorComment, ct);
    }

    public async Task CancelledByMemberAsync(string bookingId, CancellationToken ct)
    {
        if (await LoadAsync(bookingId, ct) is not var (booking, slot)) return;
        var (theme, when, _) = Describe(booking, slot);
        await CalendarFileAsync(booking.MemberId, CalendarOf(booking.MemberId, booking, slot.VideoLink, cancel: true),
            BookingMessageTexts.IcsCancelComment, ct);
        await DirectAsync(booking.AnimatorId, BookingMessageTexts.BookingCancelled,
            BookingMessageTexts.AnimatorToldCancelled(Mrkdwn.User(booking.MemberId), theme, when), ct);
        await CalendarFileAsync(booking.AnimatorId, CalendarOf(booking.AnimatorId, booking, slot.VideoLink, cancel: true),
            BookingMessageTexts.IcsCancelComment, ct);
    }

    public async Task SlotCancelledAsync(string bookingId, CancellationToken ct)
    {
        if (await LoadAsync(bookingId, ct) is not var (booking, slot)) return;
        var (theme, when, _) = Describe(booking, slot);
        var apology = BookingMessageTexts.SlotCancelledForMember(theme, when);
        await DirectAsync(booking.MemberId, apology, apology, ct,
            [new Button(BookingIds.Rebook, BookingMessageTexts.RebookButton, booking.ThemeSlug, ButtonStyle.Primary)]);
        await CalendarFileAsync(booking.MemberId, CalendarOf(booking.MemberId, booking, slot.VideoLink, cancel: true),
            BookingMessageTexts.IcsCancelComment, ct);
    }

    /// <summary>A coming booking gone with its member's erased data: the animator learns the place is free, not who it was.</summary>
    public Task ErasedBookingAsync(Booking booking, CancellationToken ct)
    {
        var (theme, when, _) = Describe(booking, null);
        return DirectAsync(booking.AnimatorId, BookingMessageTexts.BookingErasedFallback, BookingMessageTexts.AnimatorToldErased(theme, when), ct);
    }

    /// <summary>
    /// Sends the reminder to the participant, then (when asked) to the animator. Returns the Slack error when the
    /// participant's could not be delivered; the animator's is then not sent either, so a retry sends both once.
    /// </summary>
    public async Task<string?> ReminderAsync(Booking booking, ReminderKind kind, bool tellAnimator, CancellationToken ct)
    {
        var slot = await slots.FindAsync(booking.SlotId, ct);
        var (theme, when, link) = Describe(booking, slot);
        string Text(string other) => kind == ReminderKind.DayBefore
            ? BookingMessageTexts.ReminderDay(theme, when, display.ZoneName, other, link)
            : BookingMessageTexts.ReminderHour(theme, when, display.ZoneName, other, link);
        if (await DirectAsync(booking.MemberId, BookingMessageTexts.ReminderFallback, Text(Mrkdwn.User(booking.AnimatorId)), ct) is { } failure)
            return failure;
        if (tellAnimator)
            await DirectAsync(booking.AnimatorId, BookingMessageTexts.ReminderFallback, Text(await ParticipantsAsync(booking, slot, ct)), ct);
        return null;
    }

    /// <summary>
    /// The thanks with the theme's catalogue sheet and every feature's button, then the recap PDF if one was written.
    /// Returns the Slack error when the thanks could not be delivered; the recap then waits too, so a retry sends both once.
    /// </summary>
    public async Task<string?> FollowUpAsync(Booking booking, CancellationToken ct)
    {
        var sheet = await sheets.OfThemeAsync(booking.ThemeSlug, ct);
        var text = BookingMessageTexts.FollowUp(Mrkdwn.Escape(display.ThemeName(booking.ThemeSlug)), sheet is null ? null : SessionDisplay.Link(sheet.Url));
        var slot = await slots.FindAsync(booking.SlotId, ct);
        var session = HeldBookings.Describe(booking, slot);
        var buttons = new List<Button>();
        foreach (var offer in followUpButtons)
            if (await offer.ForAsync(session, ct) is { } button) buttons.Add(button);
        if (await DirectAsync(booking.MemberId, BookingMessageTexts.FollowUpFallback, text, ct, buttons) is { } failure) return failure;
        await recaps.SendAsync(booking.Id, ct);
        return null;
    }

    /// <summary>Who the animator meets: the member, or every participant of a group session.</summary>
    private async Task<string> ParticipantsAsync(Booking booking, Slot? slot, CancellationToken ct)
    {
        if (slot is null || slot.Capacity == 1) return Mrkdwn.User(booking.MemberId);
        var members = (await bookings.ActiveInAsync([slot.Id], ct)).Select(b => b.MemberId).Distinct().ToList();
        return MemberText.Cut(string.Join(", ", members.Take(30).Select(Mrkdwn.User)), 1500);
    }

    private async Task<(Booking, Slot)?> LoadAsync(string bookingId, CancellationToken ct)
    {
        var booking = await bookings.FindAsync(bookingId, ct);
        var slot = booking is null ? null : await slots.FindAsync(booking.SlotId, ct);
        return booking is null || slot is null ? null : (booking, slot);
    }

    private (string Theme, string When, string Link) Describe(Booking booking, Slot? slot) =>
        (Mrkdwn.Escape(display.ThemeName(booking.ThemeSlug)), display.When(booking), SessionDisplay.Link(slot?.VideoLink));

    /// <summary>Sends a DM; returns null once delivered, or the Slack error (already logged) when it was not.</summary>
    private async Task<string?> DirectAsync(string userId, string fallback, string mrkdwn, CancellationToken ct, IReadOnlyList<Button>? buttons = null)
    {
        try
        {
            // One button sits beside the text, as before; several go in a row below it.
            Block[] blocks = buttons switch
            {
                null or [] => [SectionBlock.Markdown(MemberText.Cut(mrkdwn, 3000))],
                [var only] => [SectionBlock.Markdown(MemberText.Cut(mrkdwn, 3000), only)],
                _ => [SectionBlock.Markdown(MemberText.Cut(mrkdwn, 3000)), new ActionsBlock(buttons.Take(25))],
            };
            await messenger.SendDirectAsync(userId, new SlackMessage(fallback, blocks), ct);
            return null;
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Booking DM not delivered ({Error})", ex.Error);
            return ex.Error;
        }
    }

    private Task CalendarFileAsync(string userId, CalendarEntry entry, string comment, CancellationToken ct) =>
        calendarFiles.SendAsync(userId, entry, BookingMessageTexts.IcsFileName, comment, ct);
}
