namespace BrigadeBot.Features.Events;

/// <summary>What the animator typed in the conference form, as text: <see cref="EventFormCheck"/> checks it.</summary>
public sealed record EventForm(string? Title, string? Speakers, string? Date, string? Start, string? Duration, string? Format,
    string? Place, string? Link, string? Capacity, string? Theme, string? Description);
