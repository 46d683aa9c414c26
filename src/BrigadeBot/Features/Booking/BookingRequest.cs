using BrigadeBot.Features.Common.Members;

namespace BrigadeBot.Features.Booking;

public sealed record BookingRequest(string MemberId, string SlotId, string ThemeSlug, string? Note, ProfileChoices? Choices);
