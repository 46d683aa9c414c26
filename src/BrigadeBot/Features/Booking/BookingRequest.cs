using BrigadeBot.Features.Common.Members;

namespace BrigadeBot.Features.Booking;

/// <summary>A booking to make, or, with <see cref="MovingBookingId"/>, the member's booking to move to another slot.</summary>
public sealed record BookingRequest(string MemberId, string SlotId, string ThemeSlug, string? Note, ProfileChoices? Choices,
    string? MovingBookingId = null);
