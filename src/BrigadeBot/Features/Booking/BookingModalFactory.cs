using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>Builds the booking modal for one member from the current slots and their profile.</summary>
public sealed class BookingModalFactory(BookingService service, ThemeCatalog themes, MemberProfileStore profiles,
    SessionDisplay display)
{
    public ModalView Build(string memberId, ThemeOptions? theme) =>
        BookingModal.Build(themes.All, theme, service.OpenSlots(memberId, theme?.Slug), profiles.NeedsNotice(memberId), display.ZoneName);
}
