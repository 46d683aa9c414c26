using System.Diagnostics.CodeAnalysis;
using Quartz;

namespace BrigadeBot.Scheduling;

/// <summary>Quartz behind <see cref="IBrigadeScheduler"/>.</summary>
internal sealed class BrigadeScheduler(ISchedulerFactory schedulers, BrigadeTimeZone timeZone) : IBrigadeScheduler
{
    public bool IsRunning
    {
        get
        {
            try
            {
                // Built once by the hosted service, then cached by the factory: this completes synchronously.
                var pending = schedulers.GetScheduler();
                return pending.IsCompletedSuccessfully && pending.Result.Status == SchedulerStatus.Running;
            }
            catch (Exception)
            {
                return false;
            }
        }
    }

    public Task ScheduleOnceAsync<[DynamicallyAccessedMembers(JobTypeMembers.Read)] TJob>(
        JobKey key, DateTimeOffset fireAtUtc, JobDataMap? data, CancellationToken ct) where TJob : IJob =>
        ScheduleAsync<TJob>(key, data, SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow),
            trigger => trigger.StartAt(fireAtUtc), ct);

    public Task ScheduleCronAsync<[DynamicallyAccessedMembers(JobTypeMembers.Read)] TJob>(
        JobKey key, string cronExpression, JobDataMap? data, CancellationToken ct) where TJob : IJob =>
        ScheduleAsync<TJob>(key, data, CronScheduleBuilder.Create(cronExpression).InTimeZone(timeZone.Zone),
            trigger => trigger.StartNow(), ct);

    public Task ScheduleEveryAsync<[DynamicallyAccessedMembers(JobTypeMembers.Read)] TJob>(
        JobKey key, DateTimeOffset firstAtUtc, TimeSpan interval, JobDataMap? data, CancellationToken ct)
        where TJob : IJob =>
        ScheduleAsync<TJob>(key, data, SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount),
            trigger => trigger.StartAt(firstAtUtc), ct);

    public async Task<bool> UnscheduleAsync(JobKey key, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        return await scheduler.DeleteJob(key, ct);
    }

    public async Task<DateTimeOffset?> NextFireTimeAsync(JobKey key, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var trigger = await scheduler.GetTrigger(TriggerKeyOf(key), ct);
        return trigger?.NextFireTimeUtc;
    }

    private async Task ScheduleAsync<[DynamicallyAccessedMembers(JobTypeMembers.Read)] TJob>(
        JobKey key, JobDataMap? data, IScheduleBuilder schedule,
        Func<TriggerBuilder<IJob>, TriggerBuilder<IJob>> start, CancellationToken ct) where TJob : IJob
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var job = JobBuilder.Create<TJob>().WithIdentity(key).UsingJobData(data ?? new JobDataMap()).Build();
        var trigger = start(TriggerBuilder.Create(scheduler.TimeProvider).WithIdentity(TriggerKeyOf(key)).ForJob(key))
            .WithSchedule(schedule)
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, ct);
    }

    private static TriggerKey TriggerKeyOf(JobKey key) => new(key.Name, key.Group);
}
