using Quartz;

namespace BrigadeBot.Features.Watch;

/// <summary>Fires at an item's time: publishes what is due in its channel.</summary>
public sealed class WatchPostJob(WatchPublisher publisher) : IJob
{
    public const string Group = "watch";
    private const string ItemIdKey = "itemId";

    public static JobKey KeyFor(int itemId) => new($"watch-post-{itemId}", Group);

    public static JobDataMap Data(int itemId) => new() { [ItemIdKey] = itemId };

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await publisher.PublishDueAsync(context.MergedJobDataMap.GetInt(ItemIdKey), cancellationToken);
}
