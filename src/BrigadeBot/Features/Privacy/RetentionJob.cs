using Quartz;

namespace BrigadeBot.Features.Privacy;

public sealed class RetentionJob(RetentionService retention) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await retention.RunAsync(cancellationToken);
}
