using BrigadeBot.Features.Common.Waitlists;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// What a booking (or a move) did: the booking, or why not. <see cref="From"/> is the slot a move left, whose place went
/// to the waiting list's <see cref="Offers"/>. <see cref="Slot"/> is the writer's own copy, kept for the next bookings:
/// read it, never change it.
/// </summary>
public sealed record BookingOutcome(Booking? Booking, Slot? Slot, BookingRefusal? Refusal, int Limit = 0)
{
    public Slot? From { get; init; }
    public IReadOnlyList<WaitlistEntry> Offers { get; init; } = [];
}
