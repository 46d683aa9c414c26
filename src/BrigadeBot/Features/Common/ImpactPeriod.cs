using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Common;

/// <summary>The days an impact report covers, in the Brigade time zone: from <see cref="From"/> included to <see cref="To"/> excluded.</summary>
public sealed record ImpactPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The period's instants in UTC: from midnight of <see cref="From"/> included to midnight of <see cref="To"/> excluded, in <paramref name="zone"/>.</summary>
    public (DateTime FromUtc, DateTime ToUtc) InUtc(BrigadeTimeZone zone) =>
        (zone.ToUtc(From, TimeOnly.MinValue).UtcDateTime, zone.ToUtc(To, TimeOnly.MinValue).UtcDateTime);
}
