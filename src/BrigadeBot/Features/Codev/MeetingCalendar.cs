using BrigadeBot.Features.Common.Calendars;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// A meeting as calendars see it, one UID for its whole life (<c>codev-{id}</c>): the invitation a registrant gets, the
/// update after an edit (higher SEQUENCE), the cancellation, and the animators' subscription entry.
/// </summary>
public static class MeetingCalendar
{
    /// <summary>The entry for one registrant: the invitation, or its cancellation when they leave or the meeting is cancelled.</summary>
    public static CalendarEntry Entry(CodevMeeting meeting, CodevProposal? proposal, bool cancelled = false) => new(
        CalendarEntry.UidOf("codev", meeting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        MemberMeetingTexts.IcsTitle(proposal?.Problem ?? ""),
        MemberMeetingTexts.IcsDescription(proposal?.Problem ?? ""),
        meeting.Place,
        meeting.StartsAtUtc,
        meeting.StartsAtUtc.AddMinutes(meeting.DurationMinutes),
        meeting.UpdatedAtUtc ?? meeting.CreatedAtUtc,
        meeting.Sequence,
        cancelled || meeting.Status == MeetingStatus.Cancelled);
}
