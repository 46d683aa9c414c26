namespace BrigadeBot.Features.Booking;

/// <summary>The <c>Brigade:Booking</c> configuration section.</summary>
public sealed class BookingOptions
{
    public const string Section = "Brigade:Booking";

    /// <summary>Coming bookings a member may hold at once.</summary>
    public int MaxUpcomingPerMember { get; set; } = 3;

    /// <summary>How many weekly repetitions an animator may publish at once.</summary>
    public int MaxRepeatWeeks { get; set; } = 26;

    /// <summary>No booking (nor move) closer than this to the session's start.</summary>
    public int MinNoticeHours { get; set; } = 12;

    /// <summary>A member cancels up to this long before the start; 0 = until the start. Later, they write to the animator.</summary>
    public int CancelNoticeHours { get; set; }

    /// <summary>Bookings an animator takes in one day (Brigade zone); none = no limit.</summary>
    public int? MaxPerAnimatorPerDay { get; set; }

    /// <summary>Minutes an animator keeps free between two of their slots, checked when publishing or moving one.</summary>
    public int BufferMinutes { get; set; }

    /// <summary>How long a place freed for the first person of a waiting list is held for them.</summary>
    public int WaitlistHoldMinutes { get; set; } = 120;
}
