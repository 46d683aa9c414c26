using LiteDB;

namespace BrigadeBot.Features.Codev;

/// <summary>A 90-minute in-person codevelopment meeting on one selected proposal. Fields added later default when absent.</summary>
public sealed class CodevMeeting
{
    public int Id { get; set; }
    public int ProposalId { get; set; }
    public DateTime StartsAtUtc { get; set; }
    public int DurationMinutes { get; set; }
    public string Place { get; set; } = "";
    public int Capacity { get; set; }
    /// <summary>A set of member ids, kept within <see cref="Capacity"/> by the one writer.</summary>
    public List<string> RegisteredIds { get; set; } = [];
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>The announcement in the codev channel, once posted.</summary>
    public string? ChannelId { get; set; }
    public string? MessageTs { get; set; }
    /// <summary>Set once every registered member had the reminder (or it was dropped), so no trigger runs it again.</summary>
    public DateTime? ReminderSentAtUtc { get; set; }
    public MeetingStatus Status { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    /// <summary>The knowledge sheet that came out of the meeting.</summary>
    public string? SheetUrl { get; set; }
    /// <summary>Grows with each change calendars must see (an edit, the cancellation): the .ics SEQUENCE.</summary>
    public int Sequence { get; set; }
    public DateTime? UpdatedAtUtc { get; set; }
    public DateTime? CancelledAtUtc { get; set; }
    /// <summary>Who came, as marked by an animator: a set of member ids (registered or not).</summary>
    public List<string> AttendedIds { get; set; } = [];

    /// <summary>Places held for members of the waiting list, as counted when the meeting was read (not stored).</summary>
    [BsonIgnore] public int HeldPlaces { get; set; }

    [BsonIgnore] public int PlacesLeft => Math.Max(0, Capacity - RegisteredIds.Count - HeldPlaces);
}
