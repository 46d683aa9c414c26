using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Codev;

namespace BrigadeBot.Features.Home;

/// <summary>A member's App Home: coming sessions (with cancel), open codev topics (with vote), other features' sections, privacy.</summary>
public sealed class MemberHome(BookingStore bookings, ProposalStore proposals, SessionDisplay display, IEnumerable<IHomeSection> sections,
    TimeProvider time)
{
    private const int MaxSessions = 10;
    private const int MaxTopics = 8;
    private const int SectionBlocks = 30;

    public async Task<List<Block>> BuildAsync(string userId, CancellationToken ct)
    {
        var blocks = new List<Block>
        {
            new HeaderBlock(HomeTexts.MemberHeader),
            ContextBlock.Markdown(HomeTexts.MemberIntro),
            new HeaderBlock(HomeTexts.MySessions),
        };
        var upcoming = await bookings.UpcomingOfAsync(userId, time.GetUtcNow().UtcDateTime, ct);
        if (upcoming.Count == 0) blocks.Add(SectionBlock.Markdown(HomeTexts.NoSessions));
        var confirm = new ConfirmDialog(HomeTexts.CancelTitle, HomeTexts.CancelText, HomeTexts.YesCancel, HomeTexts.NoKeep, danger: true);
        foreach (var booking in upcoming.Take(MaxSessions))
            blocks.Add(SectionBlock.Markdown(
                HomeTexts.SessionLine(Mrkdwn.Escape(display.ThemeName(booking.ThemeSlug)), display.When(booking), Mrkdwn.User(booking.AnimatorId)),
                new Button(HomeIds.CancelBooking, HomeTexts.Cancel, booking.Id, ButtonStyle.Danger, confirm: confirm),
                blockId: "home.booking." + booking.Id));
        if (upcoming.Count > MaxSessions) blocks.Add(ContextBlock.Markdown(HomeTexts.MoreSessions(upcoming.Count - MaxSessions)));

        blocks.Add(new DividerBlock());
        blocks.Add(new HeaderBlock(HomeTexts.Topics));
        var open = await proposals.OpenRankedAsync(ct);
        if (open.Count == 0) blocks.Add(SectionBlock.Markdown(HomeTexts.NoTopics));
        foreach (var proposal in open.Take(MaxTopics))
            blocks.Add(SectionBlock.Markdown(HomeTexts.TopicLine(proposal.Id, proposal.Votes, MemberText.ForMrkdwn(proposal.Problem, 400)),
                new Button(HomeIds.Vote, HomeTexts.VoteButton, proposal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                blockId: "home.topic." + proposal.Id));
        if (open.Count > MaxTopics) blocks.Add(ContextBlock.Markdown(HomeTexts.MoreTopics(open.Count - MaxTopics)));

        await HomeSections.AddAsync(blocks, sections, HomeAudience.Members, userId, SectionBlocks, ct);
        blocks.Add(new DividerBlock());
        blocks.Add(new HeaderBlock(HomeTexts.Privacy));
        blocks.Add(SectionBlock.Markdown(HomeTexts.PrivacyText));
        return blocks;
    }
}

/// <summary>Adds the other features' sections for one audience, within a block budget.</summary>
public static class HomeSections
{
    public static async Task AddAsync(List<Block> blocks, IEnumerable<IHomeSection> sections, HomeAudience audience, string userId, int budget,
        CancellationToken ct)
    {
        foreach (var section in sections.Where(s => s.Audience == audience).OrderBy(s => s.Order))
        {
            var room = budget - 1;
            if (room <= 0) return;
            var built = (await section.BuildAsync(userId, room, ct)).Take(room).ToList();
            if (built.Count == 0) continue;
            blocks.Add(new DividerBlock());
            blocks.AddRange(built);
            budget -= built.Count + 1;
        }
    }
}
