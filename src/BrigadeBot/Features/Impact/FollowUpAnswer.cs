using LiteDB;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// One answer to the follow-up survey, for one program year. Like the post-session answers, it holds no member id, no
/// booking and no time of answer; the random id carries no time either.
/// </summary>
public sealed class FollowUpAnswer
{
    [BsonId] public string Id { get; set; } = Guid.NewGuid().ToString("N");
    /// <summary>The first day of the program year the survey is about, « yyyy-MM-dd ».</summary>
    public string ProgramYear { get; set; } = "";
    public FollowUpShared Shared { get; set; }
    public bool ConcreteStep { get; set; }
    public FollowUpActivity MostHelpful { get; set; }
    public FollowUpStage Stage { get; set; }
    public string? Testimonial { get; set; }
    /// <summary>Given apart from the answers, unticked by default; a testimonial without it is never published.</summary>
    public FollowUpPublication Publication { get; set; }
    /// <summary>Only when <see cref="Publication"/> is <see cref="FollowUpPublication.FirstName"/>.</summary>
    public string? FirstName { get; set; }
}
