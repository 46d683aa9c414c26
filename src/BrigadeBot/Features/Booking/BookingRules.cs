namespace BrigadeBot.Features.Booking;

/// <summary>
/// The limits a booking is checked against inside its write: now, the member's limit, the notice, the animator's day.
/// <see cref="DayOf"/> gives the Brigade-zone day (as UTC bounds) around an instant.
/// </summary>
public sealed record BookingRules(DateTime NowUtc, int MaxUpcoming, TimeSpan MinNotice, int? MaxPerAnimatorPerDay,
    Func<DateTime, (DateTime FromUtc, DateTime ToUtc)> DayOf, TimeSpan Hold)
{
    /// <summary>The earliest start a booking made now may have.</summary>
    public DateTime EarliestStartUtc => NowUtc + MinNotice;
}
