namespace BrigadeBot.Features.Booking;

public sealed record BookingOutcome(Booking? Booking, Slot? Slot, BookingRefusal? Refusal, int Limit = 0);
