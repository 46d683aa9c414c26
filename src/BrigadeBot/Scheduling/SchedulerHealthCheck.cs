using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BrigadeBot.Scheduling;

/// <summary>The scheduler is "ok" once started and until shut down, "down" otherwise.</summary>
public sealed class SchedulerHealthCheck(IBrigadeScheduler scheduler) : IHealthCheck
{
    public const string Name = "scheduler";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(scheduler.IsRunning ? HealthCheckResult.Healthy("ok") : HealthCheckResult.Unhealthy("down"));
}
