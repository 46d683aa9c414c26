using Quartz;

namespace BrigadeBot.Storage;

/// <summary>Daily: forgets the Events API ids older than <see cref="SeenEventStore.Keep"/>.</summary>
public sealed class SeenEventsPruneJob(SeenEventStore seenEvents, ILogger<SeenEventsPruneJob> logger) : IJob
{
    public static readonly JobKey Key = new("seen-events.prune", "storage");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var removed = await seenEvents.PruneAsync(cancellationToken);
        logger.LogDebug("Pruned {Count} seen event ids.", removed);
    }
}
