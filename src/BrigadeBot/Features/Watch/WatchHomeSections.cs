using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Home;
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
            FrenchDates.Day(zone.ToLocal(WatchPlanner.Utc(i.PublishedAtUtc ?? i.PublishAtUtc)))));
        return [new HeaderBlock(WatchTexts.LatestHeader),
            SectionBlock.Markdown(WatchHomeLines.Join(lines), blockId: "home.watch.latest")];
    }
}

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
            SectionBlock.Markdown(WatchHomeLines.Join(lines), blockId: "home.watch.pending"),
        };
        if (pending.Count > MaxItems && maxBlocks > 2) blocks.Add(ContextBlock.Markdown(WatchTexts.MorePending(pending.Count - MaxItems)));
        return blocks;
    }
}

internal static class WatchHomeLines
{
    private const int SectionMax = 3000;

    /// <summary>Whole lines only, as many as one section holds: cutting through a line could break its link.</summary>
    public static string Join(IEnumerable<string> lines)
    {
        var text = "";
        foreach (var line in lines)
        {
            var next = text.Length == 0 ? line : text + "\n" + line;
            if (next.Length > SectionMax) break;
            text = next;
        }
        return text.Length > 0 ? text : "…";
    }
}
