namespace BrigadeBot.Features.Codev;

/// <summary><c>Brigade:Codev</c>.</summary>
public sealed class CodevOptions
{
    public const string Section = "Brigade:Codev";

    /// <summary>A proposal nobody selected is archived after this many days.</summary>
    public int ProposalLifetimeDays { get; set; } = 120;

    /// <summary>How long a freed place of a full meeting is held for the first person of its waiting list.</summary>
    public int WaitlistHoldMinutes { get; set; } = 120;
}
