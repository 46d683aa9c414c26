using LiteDB;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// One post-session survey answer. Deliberately without member id, booking id or time of answer: nothing ties it back
/// to a person. The id is random (an ObjectId would carry the time of answer).
/// </summary>
public sealed class SurveyAnswer
{
    [BsonId] public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public string ThemeSlug { get; set; } = "";
    /// <summary>The month of the session in the Brigade time zone, « yyyy-MM ».</summary>
    public string Month { get; set; } = "";
    /// <summary>1 to 5.</summary>
    public int Satisfaction { get; set; }
    public SurveyProgress Progress { get; set; }
    /// <summary>People the participant expects to pass the knowledge on to (0 to 500).</summary>
    public int Transfer { get; set; }
    public string? Comment { get; set; }
}
