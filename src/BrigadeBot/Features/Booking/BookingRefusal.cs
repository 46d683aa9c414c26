namespace BrigadeBot.Features.Booking;

public enum BookingRefusal { SlotGone, ThemeNotOffered, SlotStarted, SlotFull, Overlap, TooMany, TooSoon, AnimatorDayFull, NotMovable }
