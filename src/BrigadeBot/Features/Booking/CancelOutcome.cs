using BrigadeBot.Features.Common.Waitlists;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// A member's cancellation: the booking cancelled (with the waiting list's <see cref="Offers"/> for its place), or, when
/// <see cref="TooLate"/>, the booking kept because the session is too close; no booking when there was nothing to cancel.
/// </summary>
public sealed record CancelOutcome(Booking? Booking, bool TooLate, IReadOnlyList<WaitlistEntry> Offers);
