using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// Reads every feed of <c>Brigade:Watch:Feeds</c> side by side and offers the entries never seen before to the
/// animators (the suggestions channel, or a DM each). A broken or slow feed is logged and skipped.
/// </summary>
public sealed class WatchFeedIngestion(FeedReader reader, FeedEntryStore entries, ISlackApi slack, SlackMessenger messenger,
    Animators animators, IOptionsMonitor<WatchOptions> options, TimeProvider time, ILogger<WatchFeedIngestion> log)
{
    /// <summary>At most this many entries of one feed are offered per reading (a new feed shows its whole history).</summary>
    public const int MaxOffersPerFeed = 5;

    /// <summary>Returns how many entries were offered. Each feed goes its own way: a slow one delays only itself.</summary>
    public async Task<int> PollAsync(CancellationToken ct)
    {
        var feeds = options.CurrentValue.Feeds.Distinct(StringComparer.Ordinal);
        var offered = await Task.WhenAll(feeds.Select(url => PollOneAsync(url, ct)));
        return offered.Sum();
    }

    private async Task<int> PollOneAsync(string url, CancellationToken ct)
    {
        FeedContent content;
        try
        {
            content = await reader.ReadAsync(url, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var reason = ex is OperationCanceledException ? $"no answer within {FeedReader.Timeout.TotalSeconds:0} s" : ex.Message;
            log.LogWarning("Feed {Feed} skipped: {Reason}", url, reason);
            return 0;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var fresh = await entries.AddNewAsync(content.Items.Select(item => new FeedEntry
        {
            Id = item.Key, FeedUrl = url, FeedTitle = content.Title, Title = item.Title, Link = item.Link,
            Summary = item.Summary, PublishedAtUtc = item.PublishedAt?.UtcDateTime, SeenAtUtc = now,
        }), ct);
        var toOffer = fresh.OrderByDescending(e => e.PublishedAtUtc).Take(MaxOffersPerFeed).Reverse().ToList();
        foreach (var entry in toOffer) await OfferAsync(entry, ct);
        log.LogInformation("Feed {Feed}: {Count} entries, {New} new, {Offered} offered", url, content.Items.Count, fresh.Count, toOffer.Count);
        return toOffer.Count;
    }

    private async Task OfferAsync(FeedEntry entry, CancellationToken ct)
    {
        var message = FeedSuggestion.Build(entry);
        var channel = options.CurrentValue.SuggestionsChannel;
        try
        {
            if (!string.IsNullOrEmpty(channel))
                await slack.PostMessageAsync(channel, message, ct);
            else
                foreach (var animator in animators.All)
                    await messenger.SendDirectAsync(animator, message, ct);
            await entries.MarkOfferedAsync(entry.Id, ct);
        }
        catch (SlackApiException ex)
        {
            log.LogError("Feed suggestion {Entry} could not be offered ({Error})", entry.Id, ex.Error);
        }
    }
}
