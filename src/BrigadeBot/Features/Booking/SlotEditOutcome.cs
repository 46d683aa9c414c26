using BrigadeBot.Features.Common.Waitlists;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// A slot edit: the slot as it now is and the bookings moved with it (empty when only the places changed), or why not:
/// <see cref="Refused"/> (not the animator's, started or gone), <see cref="Taken"/> (fewer places than taken), <see cref="Clash"/>.
/// </summary>
public sealed record SlotEditOutcome(Slot? Slot, IReadOnlyList<Booking> Changed, IReadOnlyList<WaitlistEntry> Offers,
    bool Refused = false, int? Taken = null, Slot? Clash = null)
{
    public bool Moved { get; init; }
    public bool Relinked { get; init; }
}
