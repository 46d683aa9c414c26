namespace BrigadeBot.Features.Booking;

/// <summary>A member taken off a cancelled slot's own waiting list, with the theme they waited for and whether its list still has them.</summary>
public sealed record DroppedWaiter(string MemberId, string ThemeSlug, bool StaysOnThemeList);
