using Quartz;

namespace BrigadeBot.Features.Impact;

/// <summary>Daily: deletes the « has answered » markers of closed surveys.</summary>
public sealed class SurveyCloseJob(SurveyService surveys) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await surveys.CloseExpiredAsync(cancellationToken);
}
