using Brigade.Slack;
using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Events;

/// <summary>Members' App Home, when they have some: the coming conferences they registered for or wait for a place at.</summary>
public sealed class MyEventsSection(EventStore events, EventDisplay display, IOptions<SlackOptions> options) : IHomeSection
{
    private const int MaxShown = 8;

    public HomeAudience Audience => HomeAudience.Members;
    public int Order => 3;

    public async Task<IReadOnlyList<Block>> BuildAsync(string userId, int maxBlocks, CancellationToken ct)
    {
        var mine = (await events.ComingAsync(ct)).Where(e => e.RegisteredIds.Contains(userId) || e.WaitingIds.Contains(userId)).ToList();
        if (mine.Count == 0) return []; // no registration, no section: the list is one command away
        var blocks = new List<Block> { new HeaderBlock(EventHomeTexts.Header) };
        foreach (var conference in mine.Take(Math.Min(MaxShown, maxBlocks - 2)))
            blocks.Add(SectionBlock.Markdown(
                EventHomeTexts.Line(display.Title(conference), display.When(conference),
                    EventsTexts.YourState(conference.RegisteredIds.Contains(userId), conference.WaitingIds.IndexOf(userId) + 1)),
                EventAnnouncement.UnregisterButton(conference), blockId: EventsIds.HomeBlock(conference.Id)));
        blocks.Add(ContextBlock.Markdown(EventHomeTexts.All(options.Value.Command)));
        return blocks.Take(maxBlocks).ToList();
    }
}
