using LiteDB;

namespace BrigadeBot.Features.Events;

/// <summary>A public conference of the « programmation Off »: its details, registrations, waiting list and attendance.</summary>
public sealed class Conference
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Speakers { get; set; } = "";
    public DateTime StartsAtUtc { get; set; }
    public int DurationMinutes { get; set; }
    public ConferenceFormat Format { get; set; }
    public string? Place { get; set; }
    public string? Link { get; set; }
    /// <summary>Places offered; <c>null</c> when there is no limit (and so no waiting list).</summary>
    public int? Capacity { get; set; }
    public string? ThemeSlug { get; set; }
    public string Description { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>The calendar SEQUENCE: grows with each edit and with the cancellation.</summary>
    public int Sequence { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public ConferenceStatus Status { get; set; }
    public DateTime? CancelledAtUtc { get; set; }
    /// <summary>A set of member ids, kept within <see cref="Capacity"/> by the one writer.</summary>
    public List<string> RegisteredIds { get; set; } = [];
    /// <summary>Members waiting for a place, first in line first.</summary>
    public List<string> WaitingIds { get; set; } = [];
    public List<string> AttendedIds { get; set; } = [];
    public DateTime? AttendanceMarkedAtUtc { get; set; }
    public string? ReplayUrl { get; set; }
    /// <summary>Set when the replay went to the registrants who missed the conference, so it goes once.</summary>
    public DateTime? ReplaySentAtUtc { get; set; }
    public string? ChannelId { get; set; }
    public string? MessageTs { get; set; }
    public DateTime? Reminder24hSentAtUtc { get; set; }
    public DateTime? Reminder1hSentAtUtc { get; set; }

    [BsonIgnore] public DateTime EndsAtUtc => StartsAtUtc.AddMinutes(DurationMinutes);
    [BsonIgnore] public int? PlacesLeft => Capacity is { } capacity ? Math.Max(0, capacity - RegisteredIds.Count) : null;
    [BsonIgnore] public bool IsFull => PlacesLeft == 0;
    [BsonIgnore] public bool InPerson => Format is ConferenceFormat.InPerson or ConferenceFormat.Both;
    [BsonIgnore] public bool Online => Format is ConferenceFormat.Online or ConferenceFormat.Both;
}
