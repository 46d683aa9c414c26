namespace BrigadeBot.Features.Events;

/// <summary>The moments around a conference: two reminders, and the start (the announcement closes its registrations).</summary>
public enum EventReminderKind { DayBefore, HourBefore, Start }
