namespace BrigadeBot.Features.Booking;

/// <summary>What an animator typed in the slot publication modal.</summary>
public sealed record SlotForm(DateOnly? Date, TimeOnly? Start, int? Duration, int? Repeat, int? Capacity, string? Link,
    IReadOnlyList<string> Themes);
