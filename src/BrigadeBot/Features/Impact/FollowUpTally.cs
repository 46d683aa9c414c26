using LiteDB;

namespace BrigadeBot.Features.Impact;

/// <summary>How many members were sent the follow-up survey of a program year: the response rate's denominator, kept after the invitations go.</summary>
public sealed class FollowUpTally
{
    /// <summary>The program year's first day, « yyyy-MM-dd ».</summary>
    [BsonId] public string ProgramYear { get; set; } = "";
    public int Invited { get; set; }
}
