using Quartz;

namespace BrigadeBot.Features.Common.Waitlists;

/// <summary>Wakes <see cref="WaitlistHolds"/> when an offer's hold runs out.</summary>
public sealed class WaitlistHoldJob(WaitlistHolds holds) : IJob
{
    public const string EntryKey = "entry";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (context.MergedJobDataMap.GetString(EntryKey) is { } id) await holds.ExpireAsync(id, cancellationToken);
    }
}
