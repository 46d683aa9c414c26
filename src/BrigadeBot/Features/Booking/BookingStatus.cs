namespace BrigadeBot.Features.Booking;

/// <summary><see cref="Absent"/>: the animator marked the member absent; never counted as an accompaniment held.</summary>
public enum BookingStatus { Confirmed, Cancelled, Held, Absent }
