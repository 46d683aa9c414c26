using LiteDB;

namespace BrigadeBot.Features.Booking;

/// <summary>A member's place in a slot, on one theme. Keeps what reports and reminders need without the slot.</summary>
public sealed class Booking
{
    [BsonId] public string Id { get; set; } = "";
    public string SlotId { get; set; } = "";
    public string ThemeSlug { get; set; } = "";
    public string MemberId { get; set; } = "";
    public string AnimatorId { get; set; } = "";
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }
    public BookingStatus Status { get; set; } = BookingStatus.Confirmed;
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? CancelledAtUtc { get; set; }
    /// <summary>Who cancelled: the member or the animator (a cancelled slot).</summary>
    public string? CancelledBy { get; set; }
    /// <summary>« Ce que j'aimerais aborder », as typed (escape it wherever it is shown).</summary>
    public string? Note { get; set; }
    public DateTime? Reminder24hSentAt { get; set; }
    public DateTime? Reminder1hSentAt { get; set; }
    public DateTime? FollowUpSentAt { get; set; }
    public Attendance? Attendance { get; set; }
    public DateTime? AttendanceMarkedAtUtc { get; set; }
    /// <summary>The anonymous statistics fact recorded when it was held; the fact itself never points back here.</summary>
    public string? SessionFactId { get; set; }
    /// <summary>The .ics SEQUENCE of the last invitation sent: each move or slot change raises it (absent in older documents: 0).</summary>
    public int CalendarSequence { get; set; }
    /// <summary>When the session last moved (the member's move or the animator's edit); reminders due before it are not sent.</summary>
    public DateTime? ChangedAtUtc { get; set; }

    public bool Overlaps(DateTime startUtc, DateTime endUtc) => StartUtc < endUtc && startUtc < EndUtc;
}
