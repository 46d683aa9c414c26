using Brigade.Slack.SocketMode;
using Brigade.Slack.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Brigade.Slack.Tests.SocketMode;

/// <summary>What AddSlack wires for Socket Mode: the health check named "slack" reading the link's state.</summary>
public sealed class SocketModeServiceCollectionTests
{
    [Fact]
    public async Task The_link_is_a_health_check_named_slack()
    {
        await using var harness = await SlackApiHarness.StartAsync();

        var report = await harness.Get<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Entries[SlackConnectionHealthCheck.Name].Status);
    }
}
