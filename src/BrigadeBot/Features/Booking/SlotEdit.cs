namespace BrigadeBot.Features.Booking;

/// <summary>A slot's new time, length, link and places, as the animator typed them.</summary>
public sealed record SlotEdit(DateTime StartUtc, DateTime EndUtc, string VideoLink, int Capacity);
