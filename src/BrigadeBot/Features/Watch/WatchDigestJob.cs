using Quartz;

namespace BrigadeBot.Features.Watch;

/// <summary>On <c>Brigade:Watch:DigestCron</c> (Friday 16 h 00 by default): the weekly digest.</summary>
[DisallowConcurrentExecution]
public sealed class WatchDigestJob(WatchDigest digest) : IJob
{
    public static readonly JobKey Key = new("watch-digest", WatchPostJob.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await digest.PostAsync(cancellationToken);
}
