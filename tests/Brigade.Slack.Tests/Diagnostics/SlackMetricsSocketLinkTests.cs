using Brigade.Slack.Diagnostics;
using Brigade.Slack.SocketMode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using System.Diagnostics.Metrics;

namespace Brigade.Slack.Tests.Diagnostics;

/// <summary>The Socket Mode link gauge reads 1 as soon as one connection is open.</summary>
public sealed class SlackMetricsSocketLinkTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(0, 0)]
    public void The_link_is_1_while_a_connection_is_open(int open, int expected)
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        using var link = new MetricCollector<int>(factory, SlackMetrics.MeterName, "brigade.slack.socket.connected");
        _ = new SlackMetrics(factory, new Link(open));

        link.RecordObservableInstruments();

        Assert.Equal(expected, link.LastMeasurement!.Value);
    }

    private sealed class Link(int open) : ISlackConnectionState
    {
        public bool IsEnabled => true;
        public int OpenConnections => open;
        public DateTimeOffset? DisconnectedSince => null;
        public TimeSpan? NextAttemptIn => null;
        public int Attempts => 0;
        public string? LastProblem => null;
        public bool IsStopped => false;
        public string Status => "";
        public bool IsHealthy => true;
        public event Action? Changed { add { } remove { } }
    }
}
