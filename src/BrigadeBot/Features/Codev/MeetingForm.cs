namespace BrigadeBot.Features.Codev;

/// <summary>What the animator typed, as text: <see cref="MeetingSubmission"/> checks it.</summary>
public sealed record MeetingForm(string? Date, string? Start, string? Place, string? Duration, string? Capacity, string? ProposalId,
    string? TeamTopic = null);
