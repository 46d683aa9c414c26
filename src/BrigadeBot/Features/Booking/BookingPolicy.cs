using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Booking;

/// <summary>The configured booking rules (<see cref="BookingOptions"/>) as they apply now.</summary>
public sealed class BookingPolicy(IOptionsMonitor<BookingOptions> options, BrigadeTimeZone zone, TimeProvider time)
{
    private BookingOptions Options => options.CurrentValue;

    public int MaxUpcoming => Math.Max(1, Options.MaxUpcomingPerMember);
    public int MinNoticeHours => Math.Max(0, Options.MinNoticeHours);
    public int CancelNoticeHours => Math.Max(0, Options.CancelNoticeHours);
    public TimeSpan CancelNotice => TimeSpan.FromHours(CancelNoticeHours);
    public TimeSpan Buffer => TimeSpan.FromMinutes(Math.Max(0, Options.BufferMinutes));

    public BookingRules Rules() => new(time.GetUtcNow().UtcDateTime, MaxUpcoming, TimeSpan.FromHours(MinNoticeHours),
        Options.MaxPerAnimatorPerDay is > 0 ? Options.MaxPerAnimatorPerDay : null, DayOf, TimeSpan.FromMinutes(Math.Max(1, Options.WaitlistHoldMinutes)));

    private (DateTime, DateTime) DayOf(DateTime startUtc)
    {
        var day = DateOnly.FromDateTime(zone.ToLocal(SessionDisplay.AsUtc(startUtc)).DateTime);
        return (zone.ToUtc(day, TimeOnly.MinValue).UtcDateTime, zone.ToUtc(day.AddDays(1), TimeOnly.MinValue).UtcDateTime);
    }
}
