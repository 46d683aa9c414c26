namespace BrigadeBot.Features.Events;

public enum EventReminderKind { DayBefore, HourBefore }
