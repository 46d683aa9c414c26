using System.Text;
using BrigadeBot.Scheduling;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// The <c>.ics</c> invitation of a booking, in the Brigade zone (with its VTIMEZONE), and the matching cancellation:
/// the same UID with METHOD:CANCEL, STATUS:CANCELLED and a higher SEQUENCE, so calendars remove the event.
/// </summary>
public sealed class BookingCalendar(BrigadeTimeZone zone)
{
    public const string UidDomain = "brigade-numerique-laurentides";

    public byte[] Invitation(Booking booking, string themeName, string videoLink) => Build(booking, themeName, videoLink, cancel: false);

    public byte[] Cancellation(Booking booking, string themeName, string videoLink) => Build(booking, themeName, videoLink, cancel: true);

    private byte[] Build(Booking booking, string themeName, string videoLink, bool cancel)
    {
        var zoneId = zone.Zone.Id;
        var calendar = new Calendar { Method = cancel ? "CANCEL" : "PUBLISH" };
        // With its STANDARD/DAYLIGHT rules from the session's year on: a TZID alone leaves Outlook guessing.
        var since = zone.ToLocal(SessionDisplay.AsUtc(booking.StartUtc)).DateTime.AddYears(-1);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zoneId, since, includeHistoricalData: false));
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{booking.Id}@{UidDomain}",
            Summary = BookingMessageTexts.IcsTitle(themeName),
            Description = $"{videoLink}\n\n{BookingMessageTexts.IcsDescriptionCancel}",
            Location = videoLink,
            Start = Local(booking.StartUtc, zoneId),
            End = Local(booking.EndUtc, zoneId),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(booking.CancelledAtUtc ?? booking.CreatedAtUtc, DateTimeKind.Utc)),
            Sequence = cancel ? 1 : 0,
            Status = cancel ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (Uri.TryCreate(videoLink, UriKind.Absolute, out var url)) calendarEvent.Url = url;
        calendar.Events.Add(calendarEvent);
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    private CalDateTime Local(DateTime utc, string zoneId) =>
        new(zone.ToLocal(SessionDisplay.AsUtc(utc)).DateTime, zoneId);
}
