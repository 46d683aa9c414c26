using Quartz;

namespace BrigadeBot.Features.Watch;

/// <summary>Every <c>Brigade:Watch:FeedPollMinutes</c>: reads the feeds and offers what is new.</summary>
[DisallowConcurrentExecution]
public sealed class WatchFeedPollJob(WatchFeedIngestion ingestion) : IJob
{
    public static readonly JobKey Key = new("watch-feeds", WatchPostJob.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await ingestion.PollAsync(cancellationToken);
}
