using System.Text;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// « La veille de la semaine »: the items published in the last 7 days, with their links, in
/// <c>Brigade:Channels:Watch</c>. Nothing is posted for an empty week, and never twice on one day.
/// </summary>
public sealed class WatchDigest(WatchStore store, WatchDigestLog digests, ISlackApi slack, ChannelPacer pacer, ThemeCatalog themes,
    BrigadeTimeZone zone, IOptionsMonitor<WatchChannelOptions> watchChannel, TimeProvider time, ILogger<WatchDigest> log)
{
    public async Task PostAsync(CancellationToken ct)
    {
        var channel = watchChannel.CurrentValue.Channel;
        if (string.IsNullOrEmpty(channel))
        {
            log.LogWarning("No weekly watch digest: Brigade:Channels:Watch is not set");
            return;
        }
        var now = time.GetUtcNow();
        var items = await store.PublishedBetweenAsync(now.UtcDateTime.AddDays(-7), now.UtcDateTime, ct);
        if (items.Count == 0)
        {
            log.LogInformation("No watch item this week: no digest");
            return;
        }
        if (!await digests.TryClaimAsync(zone.Today, now.UtcDateTime, items.Count, ct))
        {
            log.LogInformation("The watch digest of {Day} was already posted", zone.Today);
            return;
        }
        try
        {
            using var gate = await pacer.EnterAsync(channel, ct);
            await pacer.WaitTurnAsync(channel, ct);
            await slack.PostMessageAsync(channel, Build(items, themes), ct);
            log.LogInformation("Weekly watch digest posted with {Count} items", items.Count);
        }
        catch (SlackApiException ex)
        {
            log.LogError("The weekly watch digest could not be posted ({Error})", ex.Error);
            await digests.ReleaseAsync(zone.Today, CancellationToken.None);
        }
    }

    public const int MaxSections = 40;

    /// <summary>Item lines gathered into sections of at most 3000 characters; beyond 40 sections, a count.</summary>
    public static SlackMessage Build(IReadOnlyList<WatchItem> items, ThemeCatalog themes)
    {
        var blocks = new List<Block> { new HeaderBlock(WatchTexts.DigestHeader), SectionBlock.Markdown(WatchTexts.DigestIntro(items.Count)) };
        var section = new StringBuilder();
        var shown = 0;
        foreach (var item in items)
        {
            var theme = themes.BySlug(item.ThemeSlug)?.Name;
            var line = WatchTexts.DigestLine(WatchPost.TitleLink(item.Title, item.Url), theme is null ? null : Mrkdwn.Escape(theme));
            if (section.Length > 0 && section.Length + 1 + line.Length > 3000)
            {
                if (blocks.Count - 2 >= MaxSections - 1) break;
                blocks.Add(SectionBlock.Markdown(section.ToString()));
                section.Clear();
            }
            section.Append(section.Length > 0 ? "\n" : "").Append(line);
            shown++;
        }
        blocks.Add(SectionBlock.Markdown(section.ToString()));
        if (shown < items.Count) blocks.Add(ContextBlock.Markdown(WatchTexts.DigestMore(items.Count - shown)));
        blocks.Add(ContextBlock.Markdown(WatchTexts.DigestFooter));
        return new SlackMessage(WatchTexts.DigestHeader, blocks);
    }
}
