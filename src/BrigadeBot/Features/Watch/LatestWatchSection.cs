using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Watch;

/// <summary>Members' App Home: the latest watch items published, each title a link to its resource, with its date.</summary>
public sealed class LatestWatchSection(WatchStore store, BrigadeTimeZone zone) : IHomeSection
{
    public const int MaxItems = 5;

    public HomeAudience Audience => HomeAudience.Members;
    public int Order => 10;

    public async Task<IReadOnlyList<Block>> BuildAsync(string userId, int maxBlocks, CancellationToken ct)
    {
        if (maxBlocks < 2) return [];
        var latest = await store.LatestPublishedAsync(MaxItems, ct);
        if (latest.Count == 0) return [new HeaderBlock(WatchTexts.LatestHeader), ContextBlock.Markdown(WatchTexts.NoLatest)];
        var lines = latest.Select(i => WatchTexts.LatestLine(WatchPost.TitleLink(i.Title, i.Url, 150),
            FrenchDates.Day(zone.ToLocal(WatchPlanner.Utc(i.PublishedAtUtc ?? i.PublishAtUtc)), zone.Now)));
        return [new HeaderBlock(WatchTexts.LatestHeader),
            SectionBlock.Markdown(WatchHomeLines.Join(lines), blockId: WatchIds.HomeLatestBlock)];
    }
}
