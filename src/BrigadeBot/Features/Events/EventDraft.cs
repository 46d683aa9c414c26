namespace BrigadeBot.Features.Events;

/// <summary>What an animator asked for in the conference form, already validated; text trimmed.</summary>
public sealed record EventDraft(string Title, string Speakers, DateTime StartsAtUtc, int DurationMinutes, ConferenceFormat Format,
    string? Place, string? Link, int? Capacity, string? ThemeSlug, string Description)
{
    public const int MinDurationMinutes = 15;
    public const int MaxDurationMinutes = 480;
}
