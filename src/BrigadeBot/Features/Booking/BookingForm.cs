namespace BrigadeBot.Features.Booking;

/// <summary>What the member chose in the booking modal; <see cref="MovingBookingId"/> when the modal moves a booking.</summary>
public sealed record BookingForm(string? ThemeSlug, string? SlotId, string? Note, string? Category, bool CategoryInStatistics,
    string? NoticeVersion, string SlotBlockId, bool SurveyAccepted = false, string? MovingBookingId = null);
