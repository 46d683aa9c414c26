using Quartz;

namespace BrigadeBot.Features.Events;

/// <summary>Daily: deletes the « has answered » markers of closed conference surveys.</summary>
public sealed class EventSurveyCloseJob(EventSurveyService surveys) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await surveys.CloseExpiredAsync(cancellationToken);
}
