using LiteDB;

namespace BrigadeBot.Features.Events;

/// <summary>« This member answered this conference's survey »: one answer each; deleted when the survey closes.</summary>
public sealed class EventSurveyMarker
{
    /// <summary>« {event id}:{member id} ».</summary>
    [BsonId] public string Id { get; set; } = "";
    public DateTime ClosesAtUtc { get; set; }

    public static string IdOf(int eventId, string memberId) => $"{eventId}:{memberId}";
}
