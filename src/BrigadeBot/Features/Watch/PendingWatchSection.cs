using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Watch;

/// <summary>Animators' App Home: the items scheduled and not yet published, with their time and channel.</summary>
public sealed class PendingWatchSection(WatchStore store, BrigadeTimeZone zone) : IHomeSection
{
    public const int MaxItems = 10;

    public HomeAudience Audience => HomeAudience.Animators;
    public int Order => 10;

    public async Task<IReadOnlyList<Block>> BuildAsync(string userId, int maxBlocks, CancellationToken ct)
    {
        if (maxBlocks < 2) return [];
        var pending = await store.InStatesAsync(WatchState.Scheduled);
        if (pending.Count == 0) return [new HeaderBlock(WatchTexts.PendingHeader), ContextBlock.Markdown(WatchTexts.NoPending)];
        var lines = pending.Take(MaxItems).Select(i =>
            WatchTexts.PendingLine(WatchList.When(i.PublishAtUtc, zone), Mrkdwn.Channel(i.ChannelId), WatchPost.TitleLink(i.Title, i.Url, 150)));
        var blocks = new List<Block>
        {
            new HeaderBlock(WatchTexts.PendingHeader),
            SectionBlock.Markdown(WatchHomeLines.Join(lines), blockId: WatchIds.HomePendingBlock),
        };
        if (pending.Count > MaxItems && maxBlocks > 2) blocks.Add(ContextBlock.Markdown(WatchTexts.MorePending(pending.Count - MaxItems)));
        return blocks;
    }
}
