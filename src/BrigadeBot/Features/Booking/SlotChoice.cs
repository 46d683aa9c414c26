namespace BrigadeBot.Features.Booking;

/// <summary>A slot offered in the modal, as the member reads it, and who runs it.</summary>
public sealed record SlotChoice(string SlotId, string When, int Free, int Capacity, string AnimatorId = "");
