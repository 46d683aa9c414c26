using Brigade.Slack.SocketMode;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Brigade.Slack.Tests.SocketMode;

/// <summary>The link's state as the supervisor writes it, and the health check that reads it.</summary>
public sealed class SlackConnectionStateTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 14, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Start);
    private int changes;

    private SlackConnectionState State(string? appToken = "xapp-1", double graceSeconds = 30)
    {
        var state = new SlackConnectionState(Options.Create(new SlackOptions { AppToken = appToken }),
            Options.Create(new SocketModeOptions { DisconnectedGraceSeconds = graceSeconds }), clock);
        state.Changed += () => changes++;
        return state;
    }

    private static Task<HealthCheckResult> Check(ISlackConnectionState state) =>
        new SlackConnectionHealthCheck(state).CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public void Connections_are_counted_and_the_disconnection_starts_when_the_last_one_closes()
    {
        var state = State();
        state.Starting();
        Assert.Equal((Start, "disconnected"), (state.DisconnectedSince, state.Status));

        state.Opened();
        state.Opened();
        Assert.Equal((2, (DateTimeOffset?)null, "connected"), (state.OpenConnections, state.DisconnectedSince, state.Status));

        clock.Advance(TimeSpan.FromMinutes(1));
        state.Closed("refreshed");
        Assert.Equal((1, (DateTimeOffset?)null, "refreshed"), (state.OpenConnections, state.DisconnectedSince, state.LastProblem));

        clock.Advance(TimeSpan.FromMinutes(1));
        state.Closed("closed by Slack (1000)");
        Assert.Equal((0, Start.AddMinutes(2), "disconnected"), (state.OpenConnections, state.DisconnectedSince, state.Status));

        clock.Advance(TimeSpan.FromMinutes(1));
        state.Closed("again");
        state.Starting();
        Assert.Equal((0, Start.AddMinutes(2)), (state.OpenConnections, state.DisconnectedSince));
        Assert.Equal(7, changes);
    }

    [Fact]
    public void A_wait_is_shown_until_the_attempt_it_waits_for()
    {
        var state = State();

        state.Waiting(TimeSpan.FromSeconds(4), "connection 1 lost");
        Assert.Equal((TimeSpan.FromSeconds(4), "connection 1 lost", 0), (state.NextAttemptIn, state.LastProblem, state.Attempts));

        state.Attempting();
        Assert.Equal(((TimeSpan?)null, 1), (state.NextAttemptIn, state.Attempts));

        state.Waiting(TimeSpan.FromSeconds(8), "attempt failed");
        state.Opened();
        Assert.Null(state.NextAttemptIn);
        Assert.Equal(4, changes);
    }

    [Fact]
    public void Stopping_is_final_and_unhealthy_whatever_the_grace()
    {
        var state = State(graceSeconds: 3600);
        state.Starting();
        clock.Advance(TimeSpan.FromMinutes(1));
        state.Waiting(TimeSpan.FromSeconds(4), "lost");

        state.Stopped("link_disabled");

        Assert.Equal((true, (TimeSpan?)null, "link_disabled", Start), (state.IsStopped, state.NextAttemptIn, state.LastProblem, state.DisconnectedSince));
        Assert.Equal("stopped", state.Status);
        Assert.False(state.IsHealthy);
    }

    [Fact]
    public void Without_an_app_token_the_link_is_off_and_healthy()
    {
        var state = State(appToken: null);
        state.Stopped("whatever");

        Assert.False(state.IsEnabled);
        Assert.Equal("off", state.Status);
        Assert.True(state.IsHealthy);
    }

    [Fact]
    public void A_state_never_started_is_healthy()
    {
        var state = State();
        clock.Advance(TimeSpan.FromHours(1));

        Assert.True(state.IsHealthy);
        Assert.Null(state.DisconnectedSince);
    }

    [Fact]
    public async Task The_health_check_reports_the_status_and_nothing_over_HTTP()
    {
        var state = State(graceSeconds: 30);
        state.Starting();
        var starting = await Check(state);
        clock.Advance(TimeSpan.FromSeconds(31));
        var down = await Check(state);
        state.Opened();
        var up = await Check(state);
        var off = await Check(State(appToken: ""));

        Assert.Equal((HealthStatus.Healthy, "disconnected"), (starting.Status, starting.Description));
        Assert.Equal((HealthStatus.Unhealthy, "disconnected"), (down.Status, down.Description));
        Assert.Equal((HealthStatus.Healthy, "connected"), (up.Status, up.Description));
        Assert.Equal((HealthStatus.Healthy, null), (off.Status, off.Description));
    }
}
