using System.Diagnostics.CodeAnalysis;
using Quartz;

namespace BrigadeBot.Scheduling;

/// <summary>
/// What features ask of Quartz. The job store is in memory: LiteDB is the source of truth, and each feature
/// reschedules its pending jobs from it at startup. A job's trigger has the job's own key.
/// </summary>
public interface IBrigadeScheduler
{
    /// <summary>The scheduler has started and is not shut down (nor on standby).</summary>
    bool IsRunning { get; }

    /// <summary>
    /// Runs <typeparamref name="TJob"/> once at <paramref name="fireAtUtc"/>, replacing whatever was scheduled under
    /// <paramref name="key"/>. A time already past fires at once (a reminder missed while the bot was down is sent
    /// late; the job decides whether it is too late).
    /// </summary>
    Task ScheduleOnceAsync<[DynamicallyAccessedMembers(JobTypeMembers.Read)] TJob>(
        JobKey key, DateTimeOffset fireAtUtc, JobDataMap? data, CancellationToken ct) where TJob : IJob;

    /// <summary>Runs <typeparamref name="TJob"/> on a Quartz cron expression read in the Brigade time zone, replacing <paramref name="key"/>.</summary>
    Task ScheduleCronAsync<[DynamicallyAccessedMembers(JobTypeMembers.Read)] TJob>(
        JobKey key, string cronExpression, JobDataMap? data, CancellationToken ct) where TJob : IJob;

    /// <summary>
    /// Runs <typeparamref name="TJob"/> first at <paramref name="firstAtUtc"/>, then every <paramref name="interval"/>,
    /// replacing <paramref name="key"/>. Runs missed while the bot was down are not caught up: the next one comes on time.
    /// </summary>
    Task ScheduleEveryAsync<[DynamicallyAccessedMembers(JobTypeMembers.Read)] TJob>(
        JobKey key, DateTimeOffset firstAtUtc, TimeSpan interval, JobDataMap? data, CancellationToken ct)
        where TJob : IJob;

    /// <summary>Removes the job and its trigger; <c>false</c> if nothing was scheduled under <paramref name="key"/>.</summary>
    Task<bool> UnscheduleAsync(JobKey key, CancellationToken ct);

    /// <summary>When the job fires next, UTC; <c>null</c> when it is not scheduled.</summary>
    Task<DateTimeOffset?> NextFireTimeAsync(JobKey key, CancellationToken ct);
}
