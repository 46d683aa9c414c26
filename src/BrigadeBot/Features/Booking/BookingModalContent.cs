using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// What the booking modal shows: the theme and its slots with room, its full slots (their waiting lists), and whether it
/// moves a booking (<see cref="MovingBookingId"/>: the theme is then fixed) or preselects a slot held for the member.
/// </summary>
public sealed record BookingModalContent(IReadOnlyList<ThemeOptions> Themes, ThemeOptions? Theme, IReadOnlyList<SlotChoice> Slots,
    IReadOnlyList<SlotChoice> Full, bool ShowNotice, string ZoneName, string? MovingBookingId = null, string? PreferredSlotId = null);
