using System.Globalization;
using BrigadeBot.Features.Common.Calendars;

namespace BrigadeBot.Features.Events;

/// <summary>
/// A conference as calendars see it: one UID for its whole life, SEQUENCE raised at each edit, STATUS:CANCELLED once
/// cancelled, so a registrant's calendar moves or removes the event it already has.
/// </summary>
public static class EventCalendar
{
    public const string Kind = "event";

    /// <summary>The invitation (or, for a cancelled conference or a member who left it, the cancellation).</summary>
    public static CalendarEntry Entry(Conference conference, bool cancelled = false) => new(
        CalendarEntry.UidOf(Kind, conference.Id.ToString(CultureInfo.InvariantCulture)),
        EventMessageTexts.IcsTitle(conference.Title),
        EventMessageTexts.IcsDescription(conference.Speakers, EventDisplay.PlainWhere(conference)),
        EventDisplay.PlainWhere(conference).ReplaceLineEndings(" · "),
        conference.StartsAtUtc,
        conference.EndsAtUtc,
        conference.UpdatedAtUtc,
        conference.Sequence,
        cancelled || conference.Status == ConferenceStatus.Cancelled,
        Uri.TryCreate(conference.Link, UriKind.Absolute, out var url) ? url : null);
}
