using LiteDB;

namespace BrigadeBot.Features.Events;

/// <summary>
/// One post-conference survey answer. Deliberately without member id or time of answer: nothing ties it back to a
/// person. The id is random (an ObjectId would carry the time of answer).
/// </summary>
public sealed class EventSurveyAnswer
{
    [BsonId] public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public int EventId { get; set; }
    /// <summary>0 to 100, by steps of 10.</summary>
    public int Expectations { get; set; }
    public LearningProgress Progress { get; set; }
    public string? Comment { get; set; }
}
