using BrigadeBot.Features.Common.Calendars;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// The <c>.ics</c> invitation of a booking and the matching cancellation: the same UID with METHOD:CANCEL,
/// STATUS:CANCELLED and a higher SEQUENCE, so calendars remove the event. A moved or changed session is sent again under
/// the same UID with the booking's raised <see cref="Booking.CalendarSequence"/>, so calendars move the event.
/// </summary>
public static class BookingCalendar
{
    public static CalendarEntry Invitation(Booking booking, string themeName, string videoLink) => Entry(booking, themeName, videoLink, cancel: false);

    public static CalendarEntry Cancellation(Booking booking, string themeName, string videoLink) => Entry(booking, themeName, videoLink, cancel: true);

    private static CalendarEntry Entry(Booking booking, string themeName, string videoLink, bool cancel) => new(
        CalendarEntry.UidOf("", booking.Id),
        BookingMessageTexts.IcsTitle(themeName),
        $"{videoLink}\n\n{BookingMessageTexts.IcsDescriptionCancel}",
        videoLink,
        booking.StartUtc,
        booking.EndUtc,
        booking.CancelledAtUtc ?? booking.ChangedAtUtc ?? booking.CreatedAtUtc,
        Sequence: booking.CalendarSequence + (cancel ? 1 : 0),
        Cancelled: cancel,
        Url: Uri.TryCreate(videoLink, UriKind.Absolute, out var url) ? url : null);
}
