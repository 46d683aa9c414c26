using LiteDB;

namespace BrigadeBot.Features.Booking;

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
