namespace BrigadeBot.Features.Booking;

/// <summary><see cref="TooLate"/>: the session starts within the cancellation notice; the member writes to the animator.</summary>
public enum CancelResult { Cancelled, NotFound, TooLate }
