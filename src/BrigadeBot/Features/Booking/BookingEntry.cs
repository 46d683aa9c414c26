using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Waitlists;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// Where booking starts, from the command or a button (« Réserver un autre créneau », « Déplacer », « Réserver cette
/// place »): opens the modal, or returns the message that explains why not (limit reached, no open slot) with the offer
/// of an alert or a waiting list.
/// </summary>
public sealed class BookingEntry(BookingService service, BookingModalFactory modals, BookingStore bookings, WaitlistStore waitlists,
    ThemeCatalog themes, TimeProvider time, ISlackApi slack)
{
    /// <summary>Opens the modal (call it first: a trigger_id lives 3 s); <c>null</c> when it opened.</summary>
    public async Task<SlackMessage?> OpenAsync(string memberId, ThemeOptions? theme, string? triggerId, CancellationToken ct)
    {
        if (await service.HasReachedLimitAsync(memberId, ct)) return new SlackMessage(Mrkdwn.Escape(BookingTexts.TooMany(service.MaxUpcoming)));
        if ((await service.OpenSlotsAsync(memberId, theme?.Slug, max: 1, ct)).Count == 0) return NoSlotMessage(theme);
        return await OpenModalAsync(triggerId, () => modals.BuildAsync(memberId, theme, ct), ct);
    }

    /// <summary>« Déplacer »: the modal on the booking's theme, listing the other slots with room.</summary>
    public async Task<SlackMessage?> OpenMoveAsync(string memberId, string? bookingId, string? triggerId, CancellationToken ct)
    {
        var booking = string.IsNullOrEmpty(bookingId) ? null : await bookings.FindAsync(bookingId, ct);
        if (booking is null || booking.MemberId != memberId || booking.Status != BookingStatus.Confirmed
            || booking.StartUtc <= time.GetUtcNow().UtcDateTime)
            return new SlackMessage(BookingMessageTexts.NotMovable);
        var theme = themes.BySlug(booking.ThemeSlug);
        if (theme is null || (await service.OpenSlotsAsync(memberId, theme.Slug, max: 1, ct)).Count == 0)
            return new SlackMessage(BookingMessageTexts.NoOtherSlot);
        return await OpenModalAsync(triggerId, () => modals.BuildAsync(memberId, theme, ct, movingBookingId: booking.Id), ct);
    }

    /// <summary>« Réserver cette place »: the modal with the place held for the member chosen, while the hold lasts.</summary>
    public async Task<SlackMessage?> OpenOfferAsync(string memberId, string? entryId, string? triggerId, CancellationToken ct)
    {
        var entry = string.IsNullOrEmpty(entryId) ? null : await waitlists.FindAsync(entryId, ct);
        if (entry?.OfferedPlace is not { } place || entry.MemberId != memberId || !entry.Holds(place, time.GetUtcNow().UtcDateTime))
            return new SlackMessage(BookingMessageTexts.OfferGone);
        if (await service.HasReachedLimitAsync(memberId, ct)) return new SlackMessage(Mrkdwn.Escape(BookingTexts.TooMany(service.MaxUpcoming)));
        return await OpenModalAsync(triggerId,
            () => modals.BuildAsync(memberId, themes.BySlug(entry.Choice), ct, preferredSlotId: WaitQueues.SlotOf(place)), ct);
    }

    private async Task<SlackMessage?> OpenModalAsync(string? triggerId, Func<Task<ModalView>> build, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(triggerId)) return new SlackMessage(CommonTexts.Apology);
        await slack.OpenViewAsync(triggerId, await build(), ct);
        return null;
    }

    public static SlackMessage NoSlotMessage(ThemeOptions? theme)
    {
        var blocks = new List<Block>
        {
            SectionBlock.Markdown(theme is null ? BookingMessageTexts.NoSlotAtAll : BookingMessageTexts.NoSlotForTheme(theme.Name)),
            SectionBlock.Markdown(BookingMessageTexts.AlertOffer,
                new Button(BookingIds.SlotAlert, BookingMessageTexts.AlertButton, "message", ButtonStyle.Primary)),
        };
        if (theme is not null)
            blocks.Add(SectionBlock.Markdown(BookingMessageTexts.WaitlistOffer,
                new Button(BookingIds.WaitTheme, BookingTexts.WaitThemeButton, theme.Slug)));
        return new SlackMessage(BookingMessageTexts.NoSlotAtAll, blocks);
    }
}
