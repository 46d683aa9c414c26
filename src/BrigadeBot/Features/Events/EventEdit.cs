namespace BrigadeBot.Features.Events;

/// <summary>What an edit did: the conference as stored now, who got a place a larger capacity freed, whether it moved.</summary>
public sealed record EventEdit(Conference? Conference, string? Error, IReadOnlyList<string> Promoted, bool Moved);
