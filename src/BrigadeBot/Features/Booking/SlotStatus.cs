namespace BrigadeBot.Features.Booking;

public enum SlotStatus { Open, Cancelled }
