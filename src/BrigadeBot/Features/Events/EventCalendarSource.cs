using BrigadeBot.Features.Common.Calendars;

namespace BrigadeBot.Features.Events;

/// <summary>An animator's calendar subscription: the coming conferences they created, cancelled ones as such.</summary>
public sealed class EventCalendarSource(EventStore events) : IAnimatorCalendarSource
{
    public async Task<IReadOnlyList<CalendarEntry>> ComingForAnimatorAsync(string animatorId, DateTime fromUtc, CancellationToken ct) =>
        (await events.EndingAfterAsync(fromUtc, ct)).Where(e => e.CreatedBy == animatorId).Select(e => EventCalendar.Entry(e)).ToList();
}
