namespace BrigadeBot.Features.Booking;

/// <summary>The <c>Brigade:Booking</c> configuration section.</summary>
public sealed class BookingOptions
{
    public const string Section = "Brigade:Booking";

    /// <summary>Coming bookings a member may hold at once.</summary>
    public int MaxUpcomingPerMember { get; set; } = 3;

    /// <summary>How many weekly repetitions an animator may publish at once.</summary>
    public int MaxRepeatWeeks { get; set; } = 26;
}
