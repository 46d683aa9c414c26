namespace BrigadeBot.Features.Booking;

/// <summary>What the animator marked in the agenda once the session started; null when nobody marked anything.</summary>
public enum Attendance { Present, Absent }
