using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Booking;

/// <summary>A member's coming bookings, each with an « Annuler » button behind a confirmation.</summary>
public sealed class MyBookingsMessage(BookingStore bookings, SlotStore slots, SessionDisplay display, TimeProvider time)
{
    private const int MaxShown = 40;

    public async Task<SlackMessage> BuildAsync(string memberId, string? notice = null, CancellationToken ct = default)
    {
        var upcoming = await bookings.UpcomingOfAsync(memberId, time.GetUtcNow().UtcDateTime, ct);
        var blocks = new List<Block>();
        if (notice is not null) blocks.Add(SectionBlock.Markdown(notice));
        if (upcoming.Count == 0)
        {
            blocks.Add(SectionBlock.Markdown(BookingMessageTexts.MyBookingsEmpty));
            return new SlackMessage(BookingMessageTexts.MyBookingsEmpty, blocks);
        }
        blocks.Add(new HeaderBlock(BookingMessageTexts.MyBookingsHeader));
        var confirm = new ConfirmDialog(BookingMessageTexts.CancelBookingTitle, BookingMessageTexts.CancelBookingText, BookingTexts.YesCancel,
            BookingMessageTexts.NoKeep, danger: true);
        foreach (var booking in upcoming.Take(MaxShown))
        {
            var line = BookingMessageTexts.MyBookingLine(Mrkdwn.Escape(display.ThemeName(booking.ThemeSlug)), display.When(booking), display.ZoneName,
                Brigade.Slack.BlockKit.Mrkdwn.User(booking.AnimatorId), SessionDisplay.Link((await slots.FindAsync(booking.SlotId, ct))?.VideoLink));
            blocks.Add(SectionBlock.Markdown(line,
                new Button(BookingIds.CancelBooking, BookingMessageTexts.CancelButton, booking.Id, ButtonStyle.Danger, confirm: confirm,
                    accessibilityLabel: BookingMessageTexts.CancelBookingLabel(display.StartsAt(booking.StartUtc))),
                blockId: BookingIds.BookingBlock(booking.Id)));
        }
        return new SlackMessage(BookingMessageTexts.MyBookingsHeader, blocks);
    }
}
