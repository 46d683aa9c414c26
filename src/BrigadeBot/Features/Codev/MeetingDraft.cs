namespace BrigadeBot.Features.Codev;

/// <summary>What an animator asked for in the meeting modal, already validated.</summary>
public sealed record MeetingDraft(int ProposalId, DateTime StartsAtUtc, int DurationMinutes, string Place, int Capacity);
