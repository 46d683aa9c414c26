using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Booking;

/// <summary>Animators' App Home, first: today's and this week's sessions, with their animator and places taken.</summary>
public sealed class ComingSlotsSection(SlotStore slots, BookingStore bookings, SessionDisplay display, BrigadeTimeZone zone) : IHomeSection
{
    private const int MaxToday = 12;
    private const int MaxWeek = 15;

    public HomeAudience Audience => HomeAudience.Animators;
    public int Order => 0;
    public bool Divided => false;

    public async Task<IReadOnlyList<Block>> BuildAsync(string userId, int maxBlocks, CancellationToken ct)
    {
        var blocks = new List<Block>();
        var today = zone.Today;
        var dayStart = zone.ToUtc(today, TimeOnly.MinValue).UtcDateTime;
        var tomorrow = zone.ToUtc(today.AddDays(1), TimeOnly.MinValue).UtcDateTime;
        var weekEnd = zone.ToUtc(today.AddDays(7), TimeOnly.MinValue).UtcDateTime;
        var coming = (await slots.UpcomingAsync(dayStart.AddTicks(-1), ct)).Where(s => s.StartUtc < weekEnd).ToList();
        var taken = await bookings.ActiveInAsync(coming.Select(s => s.Id).ToList(), ct);
        AddSlots(blocks, BookingHomeTexts.Today, BookingHomeTexts.NoSessionToday, coming.Where(s => s.StartUtc < tomorrow).ToList(),
            taken, MaxToday, BookingIds.HomeTodayBlock);
        AddSlots(blocks, BookingHomeTexts.ThisWeek, BookingHomeTexts.NoSessionThisWeek, coming.Where(s => s.StartUtc >= tomorrow).ToList(),
            taken, MaxWeek, BookingIds.HomeWeekBlock);
        return blocks;
    }

    private void AddSlots(List<Block> blocks, string title, string none, IReadOnlyList<Slot> list, IReadOnlyList<Booking> taken,
        int max, string blockId)
    {
        blocks.Add(new HeaderBlock(title));
        if (list.Count == 0)
        {
            blocks.Add(ContextBlock.Markdown(none));
            return;
        }
        var lines = list.Take(max).Select(s =>
            "• " + BookingHomeTexts.SlotLine(display.When(s), Mrkdwn.User(s.AnimatorId), taken.Count(b => b.SlotId == s.Id), s.Capacity));
        blocks.Add(SectionBlock.Markdown(MemberText.Cut(string.Join('\n', lines), 2900), blockId: blockId));
        if (list.Count > max) blocks.Add(ContextBlock.Markdown(BookingHomeTexts.MoreSlots(list.Count - max)));
    }
}
