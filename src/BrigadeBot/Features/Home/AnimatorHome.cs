using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Impact;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Home;

/// <summary>An animator's App Home: today's and this week's sessions, open codev topics with counts, other features' sections, the year's figures.</summary>
public sealed class AnimatorHome(SlotStore slots, BookingStore bookings, ProposalStore proposals, SessionDisplay display,
    ReportPeriods periods, ImpactReportBuilder reports, IEnumerable<IHomeSection> sections, BrigadeTimeZone zone)
{
    private const int MaxToday = 12;
    private const int MaxWeek = 15;
    private const int MaxTopics = 10;
    private const int SectionBlocks = 25;

    public async Task<List<Block>> BuildAsync(string userId, CancellationToken ct)
    {
        var blocks = new List<Block> { new HeaderBlock(HomeTexts.AnimatorHeader) };
        var today = zone.Today;
        var dayStart = zone.ToUtc(today, TimeOnly.MinValue).UtcDateTime;
        var tomorrow = zone.ToUtc(today.AddDays(1), TimeOnly.MinValue).UtcDateTime;
        var weekEnd = zone.ToUtc(today.AddDays(7), TimeOnly.MinValue).UtcDateTime;
        var coming = (await slots.UpcomingAsync(dayStart.AddTicks(-1), ct)).Where(s => s.StartUtc < weekEnd).ToList();
        var taken = await bookings.ActiveInAsync(coming.Select(s => s.Id).ToList(), ct);
        AddSlots(blocks, HomeTexts.Today, HomeTexts.NoSessionToday, coming.Where(s => s.StartUtc < tomorrow).ToList(), taken, MaxToday, "today");
        AddSlots(blocks, HomeTexts.ThisWeek, HomeTexts.NoSessionThisWeek, coming.Where(s => s.StartUtc >= tomorrow).ToList(), taken, MaxWeek, "week");

        blocks.Add(new HeaderBlock(HomeTexts.TopicsWithCounts));
        var open = await proposals.OpenRankedAsync(ct);
        var lines = open.Take(MaxTopics).Select(p => HomeTexts.TopicCount(p.Id, p.Votes, MemberText.ForMrkdwn(p.Problem, 150)));
        blocks.Add(SectionBlock.Markdown(open.Count == 0 ? HomeTexts.NoTopics
            : MemberText.Cut(string.Join('\n', lines), 2900)));
        if (open.Count > MaxTopics) blocks.Add(ContextBlock.Markdown(HomeTexts.MoreTopics(open.Count - MaxTopics)));

        await HomeSections.AddAsync(blocks, sections, HomeAudience.Animators, userId, SectionBlocks, ct);

        var report = await reports.BuildAsync(periods.Parse(null).Period!, ct);
        blocks.Add(new DividerBlock());
        blocks.Add(new HeaderBlock(HomeTexts.Figures));
        blocks.Add(SectionBlock.Markdown(HomeTexts.FiguresText(report.Accompaniments, report.People,
            report.Survey.SatisfactionMean is { } m ? ImpactTexts.Number(m) + " sur 5" : ImpactTexts.NotAvailable,
            ImpactTexts.Percent(report.Survey.ResponseRate), report.Survey.TransferSum)));
        blocks.Add(ContextBlock.Markdown(Mrkdwn.Escape(report.Period.Label)));
        return blocks;
    }

    private void AddSlots(List<Block> blocks, string title, string none, IReadOnlyList<Slot> list, IReadOnlyList<Booking.Booking> taken,
        int max, string key)
    {
        blocks.Add(new HeaderBlock(title));
        if (list.Count == 0)
        {
            blocks.Add(ContextBlock.Markdown(none));
            return;
        }
        var lines = list.Take(max).Select(s =>
            "• " + HomeTexts.SlotLine(display.When(s), Mrkdwn.User(s.AnimatorId), taken.Count(b => b.SlotId == s.Id), s.Capacity));
        blocks.Add(SectionBlock.Markdown(MemberText.Cut(string.Join('\n', lines), 2900), blockId: "home." + key));
        if (list.Count > max) blocks.Add(ContextBlock.Markdown(HomeTexts.MoreSlots(list.Count - max)));
    }
}
