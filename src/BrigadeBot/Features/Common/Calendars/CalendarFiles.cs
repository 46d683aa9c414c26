using System.Text;
using BrigadeBot.Scheduling;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace BrigadeBot.Features.Common.Calendars;

/// <summary>
/// Writes <see cref="CalendarEntry"/>s as iCalendar in the Brigade zone, with its VTIMEZONE: an invitation
/// (METHOD:PUBLISH), a cancellation (METHOD:CANCEL, STATUS:CANCELLED) or a subscription feed of many entries.
/// </summary>
public sealed class CalendarFiles(BrigadeTimeZone zone)
{
    /// <summary>The <c>.ics</c> of one entry: a cancellation when <see cref="CalendarEntry.Cancelled"/>, else an invitation.</summary>
    public byte[] File(CalendarEntry entry) =>
        Write(entry.Cancelled ? "CANCEL" : "PUBLISH", [entry], entry.StartUtc);

    /// <summary>A feed of <paramref name="entries"/> (a calendar subscription), cancelled ones included as such.</summary>
    public byte[] Feed(IReadOnlyCollection<CalendarEntry> entries, string name)
    {
        var since = entries.Count == 0 ? zone.Now.UtcDateTime : entries.Min(e => e.StartUtc);
        return Write("PUBLISH", entries, since, name);
    }

    private byte[] Write(string method, IEnumerable<CalendarEntry> entries, DateTime sinceUtc, string? name = null)
    {
        var zoneId = zone.Zone.Id;
        var calendar = new Calendar { Method = method };
        if (name is not null) calendar.AddProperty("X-WR-CALNAME", name);
        // With its STANDARD/DAYLIGHT rules from the first entry's year on: a TZID alone leaves Outlook guessing.
        var since = zone.ToLocal(new DateTimeOffset(AsUtc(sinceUtc))).DateTime.AddYears(-1);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zoneId, since, includeHistoricalData: false));
        foreach (var entry in entries) calendar.Events.Add(Event(entry, zoneId));
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    private CalendarEvent Event(CalendarEntry entry, string zoneId)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = entry.Uid,
            Summary = entry.Title,
            Description = entry.Description,
            Location = entry.Location,
            Start = Local(entry.StartUtc, zoneId),
            End = Local(entry.EndUtc, zoneId),
            DtStamp = new CalDateTime(AsUtc(entry.StampUtc)),
            Sequence = entry.Sequence,
            Status = entry.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (entry.Url is not null) calendarEvent.Url = entry.Url;
        return calendarEvent;
    }

    private CalDateTime Local(DateTime utc, string zoneId) => new(zone.ToLocal(new DateTimeOffset(AsUtc(utc))).DateTime, zoneId);

    // Stored instants are UTC whatever Kind the database hands back.
    private static DateTime AsUtc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc);
}
