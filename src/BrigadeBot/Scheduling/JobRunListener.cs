using Quartz;

namespace BrigadeBot.Scheduling;

/// <summary>Counts every job run as Quartz ends it (Quartz itself logs a job's exception).</summary>
public sealed class JobRunListener(JobMetrics metrics) : IJobListener
{
    public string Name => nameof(JobRunListener);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException,
        CancellationToken cancellationToken = default)
    {
        metrics.Ran(context.JobDetail.JobType.Type, jobException is not null);
        return ValueTask.CompletedTask;
    }
}
