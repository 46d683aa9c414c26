namespace BrigadeBot.Features.Codev;

/// <summary>What an animator asked for in the meeting modal, already validated.</summary>
/// <remarks>With a <paramref name="TeamTopic"/>, the meeting is on that topic chosen by the team, not on a member's proposal.</remarks>
public sealed record MeetingDraft(int ProposalId, DateTime StartsAtUtc, int DurationMinutes, string Place, int Capacity, string? TeamTopic = null);
