namespace BrigadeBot.Features.Booking;

public enum ReminderKind { DayBefore, HourBefore, FollowUp }
