using LiteDB;

namespace BrigadeBot.Features.Booking;

public enum SlotStatus { Open, Cancelled }

/// <summary>An animator's availability: one session of <see cref="Capacity"/> places (1 = individual, more = group).</summary>
public sealed class Slot
{
    [BsonId] public string Id { get; set; } = "";
    public string AnimatorId { get; set; } = "";
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }
    public int Capacity { get; set; } = 1;
    public string VideoLink { get; set; } = "";
    /// <summary>The themes offered; every theme of the catalogue when the animator chose none.</summary>
    public List<string> ThemeSlugs { get; set; } = [];
    public SlotStatus Status { get; set; } = SlotStatus.Open;
    /// <summary>The slots published together by one weekly repetition share it.</summary>
    public string SeriesId { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? CancelledAtUtc { get; set; }

    public bool Overlaps(DateTime startUtc, DateTime endUtc) => StartUtc < endUtc && startUtc < EndUtc;
}

/// <summary><see cref="Absent"/>: the animator marked the member absent; never counted as an accompaniment held.</summary>
public enum BookingStatus { Confirmed, Cancelled, Held, Absent }

/// <summary>What the animator marked in the agenda once the session started; null when nobody marked anything.</summary>
public enum Attendance { Present, Absent }

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

    public bool Overlaps(DateTime startUtc, DateTime endUtc) => StartUtc < endUtc && startUtc < EndUtc;
}
