using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Booking;

/// <summary>The report's « absences »: participants marked absent at sessions of the period's days in the Brigade zone.</summary>
public sealed class BookingImpactCounter(BookingStore bookings, BrigadeTimeZone zone) : IImpactCounter
{
    public async Task<int?> CountAsync(string figure, ImpactPeriod period, CancellationToken ct)
    {
        if (figure != ImpactFigures.Absences) return null;
        var (fromUtc, toUtc) = period.InUtc(zone);
        return await bookings.AbsentBetweenAsync(fromUtc, toUtc, ct);
    }
}
