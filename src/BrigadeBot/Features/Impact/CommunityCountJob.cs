using Quartz;

namespace BrigadeBot.Features.Impact;

/// <summary>Daily: stores the size of the Slack community.</summary>
public sealed class CommunityCountJob(CommunityCensus census) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await census.CountAsync(cancellationToken);
}
