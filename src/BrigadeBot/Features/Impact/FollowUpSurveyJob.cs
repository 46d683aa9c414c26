using Quartz;

namespace BrigadeBot.Features.Impact;

/// <summary>Daily: sends the follow-up surveys that are due, their reminders, and forgets the closed ones.</summary>
public sealed class FollowUpSurveyJob(FollowUpSurveyService surveys) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await surveys.RunAsync(cancellationToken);
}
