using BrigadeBot.Features.Common.Calendars;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// The <c>.ics</c> invitation of a booking and the matching cancellation: the same UID with METHOD:CANCEL,
/// STATUS:CANCELLED and a higher SEQUENCE, so calendars remove the event. A moved or changed session is sent again under
/// the same UID with the booking's raised <see cref="Booking.CalendarSequence"/>, so calendars move the event.
/// </summary>
public static class BookingCalendar
{
    /// <summary>
    /// The invitation, or with <paramref name="cancel"/> the cancellation. The member's copy says how to cancel; the
    /// animator's (<paramref name="forAnimator"/>) points to their agenda instead.
    /// </summary>
    public static CalendarEntry Entry(Booking booking, string themeName, string videoLink, bool cancel, bool forAnimator) => new(
        CalendarEntry.UidOf("", booking.Id),
        BookingMessageTexts.IcsTitle(themeName),
        $"{videoLink}\n\n{(forAnimator ? BookingMessageTexts.IcsDescriptionAnimator : BookingMessageTexts.IcsDescriptionCancel)}",
        videoLink,
        booking.StartUtc,
        booking.EndUtc,
        booking.CancelledAtUtc ?? booking.ChangedAtUtc ?? booking.CreatedAtUtc,
        Sequence: booking.CalendarSequence + (cancel ? 1 : 0),
        Cancelled: cancel,
        Url: Uri.TryCreate(videoLink, UriKind.Absolute, out var url) ? url : null);
}
