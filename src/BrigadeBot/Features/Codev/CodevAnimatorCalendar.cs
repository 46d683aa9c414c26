using BrigadeBot.Features.Common.Calendars;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// Codevelopment meetings in every animator's calendar subscription: the meetings are the team's, whoever scheduled
/// them. A cancelled meeting stays in the feed as cancelled, so calendars drop it; registrants are not named.
/// </summary>
public sealed class CodevAnimatorCalendar(MeetingStore meetings, ProposalStore proposals) : IAnimatorCalendarSource
{
    public async Task<IReadOnlyList<CalendarEntry>> ComingForAnimatorAsync(string animatorId, DateTime fromUtc, CancellationToken ct)
    {
        var entries = new List<CalendarEntry>();
        foreach (var meeting in await meetings.StartingFromAsync(fromUtc, ct))
            entries.Add(MeetingCalendar.Entry(meeting, await proposals.FindAsync(meeting.ProposalId, ct)));
        return entries;
    }
}
