namespace BrigadeBot.Features.Events;

/// <summary>What marking attendance did: who was newly marked present, who is owed the replay (sent once).</summary>
public sealed record AttendanceOutcome(Conference Conference, IReadOnlyList<string> NewlyPresent, IReadOnlyList<string> ReplayTo);
