using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// The report's codevelopment line: meetings held during the period's days in the Brigade zone, their registrations, and
/// the attendances the animators marked.
/// </summary>
public sealed class CodevImpactCounter(MeetingStore meetings, BrigadeTimeZone zone, TimeProvider time) : IImpactCounter
{
    public async Task<int?> CountAsync(string figure, ImpactPeriod period, CancellationToken ct)
    {
        if (figure is not (ImpactFigures.CodevMeetingsHeld or ImpactFigures.CodevRegistrations or ImpactFigures.CodevAttendances)) return null;
        var (fromUtc, toUtc) = period.InUtc(zone);
        var held = await meetings.HeldBetweenAsync(fromUtc, toUtc, time.GetUtcNow().UtcDateTime, ct);
        return figure switch
        {
            ImpactFigures.CodevMeetingsHeld => held.Count,
            ImpactFigures.CodevAttendances => held.Sum(m => m.AttendedIds.Count),
            _ => held.Sum(m => m.RegisteredIds.Count),
        };
    }
}
