using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>Members' App Home, first: their coming sessions, each with a confirmed « Annuler ».</summary>
public sealed class MySessionsSection(BookingStore bookings, SessionDisplay display, TimeProvider time) : IHomeSection
{
    private const int MaxSessions = 10;

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
        foreach (var booking in upcoming.Take(MaxSessions))
            blocks.Add(SectionBlock.Markdown(
                BookingHomeTexts.SessionLine(Mrkdwn.Escape(display.ThemeName(booking.ThemeSlug)), display.When(booking), display.ZoneName,
                    Mrkdwn.User(booking.AnimatorId)),
                new Button(BookingIds.HomeCancel, BookingHomeTexts.Cancel, booking.Id, ButtonStyle.Danger, confirm: confirm,
                    accessibilityLabel: BookingMessageTexts.CancelBookingLabel(display.StartsAt(booking.StartUtc))),
                blockId: BookingIds.HomeBookingBlock(booking.Id)));
        if (upcoming.Count > MaxSessions) blocks.Add(ContextBlock.Markdown(BookingHomeTexts.MoreSessions(upcoming.Count - MaxSessions)));
        return blocks;
    }
}
