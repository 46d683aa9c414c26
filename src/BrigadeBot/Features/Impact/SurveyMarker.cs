using LiteDB;

namespace BrigadeBot.Features.Impact;

/// <summary>« This booking's survey has been answered »: keeps answers to one per booking; deleted when the survey closes.</summary>
public sealed class SurveyMarker
{
    [BsonId] public string BookingId { get; set; } = "";
    public DateTime ClosesAtUtc { get; set; }
}
