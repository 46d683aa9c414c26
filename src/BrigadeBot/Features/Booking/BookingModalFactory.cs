using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>Builds the booking modal for one member from the current slots and their profile.</summary>
public sealed class BookingModalFactory(BookingService service, ThemeCatalog themes, MemberProfileStore profiles,
    SessionDisplay display)
{
    public async Task<ModalView> BuildAsync(string memberId, ThemeOptions? theme, CancellationToken ct, string? movingBookingId = null,
        string? preferredSlotId = null) =>
        BookingModal.Build(new BookingModalContent(themes.All, theme, await service.OpenSlotsAsync(memberId, theme?.Slug, ct: ct),
            theme is null ? [] : await service.FullSlotsAsync(memberId, theme.Slug, ct),
            await profiles.NeedsNoticeAsync(memberId, ct), display.ZoneName, movingBookingId, preferredSlotId));
}
