namespace BrigadeBot.Features.Common.Calendars;

/// <summary>
/// What a feature puts in an animator's calendar subscription: the coming sessions, meetings or events the animator
/// runs. Each feature registers one; the feed joins them. Entries hold no member's note or free text.
/// </summary>
public interface IAnimatorCalendarSource
{
    Task<IReadOnlyList<CalendarEntry>> ComingForAnimatorAsync(string animatorId, DateTime fromUtc, CancellationToken ct);
}
