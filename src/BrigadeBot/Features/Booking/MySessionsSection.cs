using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Waitlists;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// Members' App Home, first: their coming sessions, each with a confirmed « Annuler » and « Déplacer », then the waiting
/// lists they are on, each with « Quitter la liste ».
/// </summary>
public sealed class MySessionsSection(BookingStore bookings, SlotStore slots, WaitlistStore waitlists, SessionDisplay display, TimeProvider time)
    : IHomeSection
{
    private const int MaxSessions = 10;
    private const int MaxWaits = 5;

    public HomeAudience Audience => HomeAudience.Members;
    public int Order => 0;
    public bool Divided => false;

    public async Task<IReadOnlyList<Block>> BuildAsync(string userId, int maxBlocks, CancellationToken ct)
    {
        var blocks = new List<Block> { new HeaderBlock(BookingHomeTexts.MySessions) };
        var upcoming = await bookings.UpcomingOfAsync(userId, time.GetUtcNow().UtcDateTime, ct);
        if (upcoming.Count == 0) blocks.Add(SectionBlock.Markdown(BookingHomeTexts.NoSessions));
        var confirm = new ConfirmDialog(BookingHomeTexts.CancelTitle, BookingHomeTexts.CancelText, BookingHomeTexts.YesCancel,
            BookingHomeTexts.NoKeep, danger: true);
        var waits = await WaitlistLines.OfAsync(waitlists, slots, display, userId, ct);
        // Room kept for the waiting lists and the line saying how many sessions are not shown.
        var room = Math.Max(1, Math.Min(MaxSessions, (maxBlocks - 3 - (waits.Count == 0 ? 0 : 1 + Math.Min(MaxWaits, waits.Count))) / 2));
        foreach (var booking in upcoming.Take(room))
        {
            var startsAt = display.StartsAt(booking.StartUtc);
            blocks.Add(SectionBlock.Markdown(
                BookingHomeTexts.SessionLine(Mrkdwn.Escape(display.ThemeName(booking.ThemeSlug)), display.When(booking), display.ZoneName,
                    Mrkdwn.User(booking.AnimatorId)),
                new Button(BookingIds.HomeCancel, BookingHomeTexts.Cancel, booking.Id, ButtonStyle.Danger, confirm: confirm,
                    accessibilityLabel: BookingMessageTexts.CancelBookingLabel(startsAt)),
                blockId: BookingIds.HomeBookingBlock(booking.Id)));
            blocks.Add(new ActionsBlock([new Button(BookingIds.HomeMoveBooking, BookingMessageTexts.MoveButton, booking.Id,
                accessibilityLabel: BookingMessageTexts.MoveBookingLabel(startsAt))]));
        }
        if (upcoming.Count > room) blocks.Add(ContextBlock.Markdown(BookingHomeTexts.MoreSessions(upcoming.Count - room)));
        WaitlistLines.AddTo(blocks, waits, MaxWaits, BookingIds.HomeLeaveWaitlist, BookingIds.HomeWaitlistBlock);
        return blocks;
    }
}
