using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common.Waitlists;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// A member's coming bookings, each with « Déplacer » and an « Annuler » behind a confirmation, then the waiting lists
/// they are on, each with « Quitter la liste ».
/// </summary>
public sealed class MyBookingsMessage(BookingStore bookings, SlotStore slots, WaitlistStore waitlists, SessionDisplay display, TimeProvider time)
{
    private const int MaxShown = 20;
    private const int MaxWaits = 6;

    public async Task<SlackMessage> BuildAsync(string memberId, string? notice = null, CancellationToken ct = default)
    {
        var upcoming = await bookings.UpcomingOfAsync(memberId, time.GetUtcNow().UtcDateTime, ct);
        var waits = await WaitlistLines.OfAsync(waitlists, slots, display, memberId, ct);
        var blocks = new List<Block>();
        if (notice is not null) blocks.Add(SectionBlock.Markdown(notice));
        if (upcoming.Count == 0)
        {
            blocks.Add(SectionBlock.Markdown(BookingMessageTexts.MyBookingsEmpty));
            AddWaits(blocks, waits);
            return new SlackMessage(BookingMessageTexts.MyBookingsEmpty, blocks);
        }
        blocks.Add(new HeaderBlock(BookingMessageTexts.MyBookingsHeader));
        var confirm = new ConfirmDialog(BookingMessageTexts.CancelBookingTitle, BookingMessageTexts.CancelBookingText, BookingTexts.YesCancel,
            BookingMessageTexts.NoKeep, danger: true);
        foreach (var booking in upcoming.Take(MaxShown))
        {
            var line = BookingMessageTexts.MyBookingLine(Mrkdwn.Escape(display.ThemeName(booking.ThemeSlug)), display.When(booking), display.ZoneName,
                Brigade.Slack.BlockKit.Mrkdwn.User(booking.AnimatorId), SessionDisplay.Link((await slots.FindAsync(booking.SlotId, ct))?.VideoLink));
            var startsAt = display.StartsAt(booking.StartUtc);
            blocks.Add(SectionBlock.Markdown(line,
                new Button(BookingIds.CancelBooking, BookingMessageTexts.CancelButton, booking.Id, ButtonStyle.Danger, confirm: confirm,
                    accessibilityLabel: BookingMessageTexts.CancelBookingLabel(startsAt)),
                blockId: BookingIds.BookingBlock(booking.Id)));
            blocks.Add(new ActionsBlock([new Button(BookingIds.MoveBooking, BookingMessageTexts.MoveButton, booking.Id,
                accessibilityLabel: BookingMessageTexts.MoveBookingLabel(startsAt))]));
        }
        AddWaits(blocks, waits);
        return new SlackMessage(BookingMessageTexts.MyBookingsHeader, blocks);
    }

    private static void AddWaits(List<Block> blocks, IReadOnlyList<(string EntryId, string Line, string What)> waits) =>
        WaitlistLines.AddTo(blocks, waits, MaxWaits, BookingIds.LeaveWaitlist, BookingIds.WaitlistBlock);
}
