using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Brigade.Slack.SocketMode;

/// <summary>
/// The Socket Mode link: healthy while connected or down for less than its grace period, described by its
/// <see cref="ISlackConnectionState.Status"/>. Over HTTP there is no link and the result has no description.
/// </summary>
public sealed class SlackConnectionHealthCheck(ISlackConnectionState link) : IHealthCheck
{
    public const string Name = "slack";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!link.IsEnabled ? HealthCheckResult.Healthy()
            : new HealthCheckResult(link.IsHealthy ? HealthStatus.Healthy : HealthStatus.Unhealthy, link.Status));
}
