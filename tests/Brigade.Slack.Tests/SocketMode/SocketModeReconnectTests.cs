using Brigade.Slack.SocketMode;
using Brigade.Slack.Testing;
using Brigade.Slack.Testing.SocketMode;

namespace Brigade.Slack.Tests.SocketMode;

public sealed class SocketModeReconnectTests
{
    [Fact]
    public async Task A_dropped_socket_is_replaced_with_a_fresh_url_after_a_wait()
    {
        await using var host = await SocketModeHost.StartAsync();
        var first = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();

        first.Drop();
        await host.State.WaitForReconnectDelayAsync();
        Assert.Single(host.Slack.CallsTo("apps.connections.open"));
        await host.ElapseReconnectDelayAsync();
        var second = await host.Sockets.WaitForConnectionAsync(2);
        await host.ConnectedAsync();

        Assert.Equal(2, host.Slack.CallsTo("apps.connections.open").Count);
        Assert.Equal(0, host.Sockets.RefusedTickets);
        await second.SendAsync(SocketEnvelopes.Command("aide", "env-after-drop"));
        Assert.NotNull((await second.WaitForAckAsync("env-after-drop"))["payload"]);
        Assert.Contains(host.Logs.Lines, l => l.Message.StartsWith("Socket Mode: connection 1 lost:") && l.Message.Contains("reconnecting in"));
        Assert.Contains(host.Logs.Lines, l => l.Message.StartsWith("Socket Mode connected: connection 2") && l.Message.Contains("connection 1 lost"));
    }

    [Fact]
    public async Task A_socket_closed_by_Slack_is_replaced()
    {
        await using var host = await SocketModeHost.StartAsync();
        var first = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();

        await first.CloseAsync();
        await host.ElapseReconnectDelayAsync();

        await host.Sockets.WaitForConnectionAsync(2);
        await host.ConnectedAsync();
    }

    [Fact]
    public async Task A_connection_that_never_says_hello_is_given_up_and_retried()
    {
        await using var host = await SocketModeHost.StartAsync(new() { ["Slack:SocketMode:HelloTimeoutSeconds"] = "10" },
            helloOnConnect: false);
        var mute = await host.Sockets.WaitForConnectionAsync(1);

        host.Clock.Advance(TimeSpan.FromSeconds(10));
        await mute.Closed;
        host.Sockets.SendHelloOnConnect = true;
        await host.ElapseReconnectDelayAsync();

        await host.Sockets.WaitForConnectionAsync(2);
        await host.ConnectedAsync();
        Assert.Contains(host.Logs.Lines, l => l.Message.Contains("connection attempt failed: no hello within 10 s"));
    }

    [Fact]
    public async Task A_refresh_opens_the_new_connection_before_closing_the_old_one_and_loses_no_envelope()
    {
        await using var host = await SocketModeHost.StartAsync();
        var old = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();
        host.Sockets.SendHelloOnConnect = false;

        await old.DisconnectAsync("refresh_requested");
        var replacement = await host.Sockets.WaitForConnectionAsync(2);
        await old.SendAsync(SocketEnvelopes.Command("aide", "env-during-refresh"));
        Assert.NotNull((await old.WaitForAckAsync("env-during-refresh"))["payload"]);
        Assert.True(old.IsOpen);

        await replacement.HelloAsync();
        await old.Closed;
        await host.ConnectedAsync(1);
        await replacement.SendAsync(SocketEnvelopes.Command("aide", "env-after-refresh"));
        Assert.NotNull((await replacement.WaitForAckAsync("env-after-refresh"))["payload"]);
        Assert.Equal(2, host.Slack.CallsTo("apps.connections.open").Count);
        Assert.Null(host.State.NextAttemptIn);
    }

    [Fact]
    public async Task A_warning_opens_a_replacement_at_once_and_the_old_socket_dies_without_another_reconnection()
    {
        await using var host = await SocketModeHost.StartAsync();
        var old = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();

        await old.SendAsync(SlackFixtures.Text("socket_disconnect_warning.json"));
        var replacement = await host.Sockets.WaitForConnectionAsync(2);
        await host.ConnectedAsync(2);
        await old.SendAsync(SocketEnvelopes.Event("env-late-on-old"));
        Assert.Single(await old.WaitForAckAsync("env-late-on-old"));
        await old.CloseAsync();
        await host.ConnectedAsync(1);

        await replacement.SendAsync(SocketEnvelopes.Command("aide", "env-on-new"));
        Assert.NotNull((await replacement.WaitForAckAsync("env-on-new"))["payload"]);
        Assert.Equal(2, host.Slack.CallsTo("apps.connections.open").Count);
        Assert.Null(host.State.NextAttemptIn);
    }

    [Fact]
    public async Task Link_disabled_stops_Socket_Mode_without_reconnecting()
    {
        await using var host = await SocketModeHost.StartAsync();
        var connection = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();

        await connection.DisconnectAsync("link_disabled");
        await host.State.WaitUntilAsync(s => s.IsStopped, "stopped");
        await connection.Closed;
        host.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Single(host.Slack.CallsTo("apps.connections.open"));
        Assert.False(host.State.IsHealthy);
        Assert.Equal("stopped", host.State.Status);
        Assert.Contains(host.Logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Error && l.Message.Contains("link_disabled"));
    }

    [Fact]
    public async Task A_missed_ping_counts_as_a_lost_connection()
    {
        await using var host = await SocketModeHost.StartAsync(new()
        {
            ["Slack:SocketMode:PingIntervalSeconds"] = "0.1",
            ["Slack:SocketMode:PingTimeoutSeconds"] = "1",
        });
        var silent = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();

        await silent.StopAnsweringPingsAsync();
        await host.ElapseReconnectDelayAsync();

        await host.Sockets.WaitForConnectionAsync(2);
        await host.ConnectedAsync();
        Assert.Contains(host.Logs.Lines, l => l.Message.StartsWith("Socket Mode: connection 1 lost:") && l.Message.Contains("Pong"));
    }

    [Fact]
    public async Task Failed_attempts_wait_longer_each_time_up_to_the_maximum()
    {
        await using var host = await SocketModeHost.StartAsync(new()
        {
            ["Slack:SocketMode:ReconnectDelaySeconds"] = "1",
            ["Slack:SocketMode:MaxReconnectDelaySeconds"] = "8",
        });
        var first = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();
        host.Slack.Enqueue("apps.connections.open", FakeReply.Error("internal_error"), times: 6);

        first.Drop();
        var delays = new List<TimeSpan>();
        for (var attempt = 0; attempt < 7; attempt++)
        {
            delays.Add(await host.ElapseReconnectDelayAsync());
            await host.Slack.WaitForAsync("apps.connections.open", attempt + 2);
        }
        await host.Sockets.WaitForConnectionAsync(2);
        await host.ConnectedAsync();

        double[] steps = [1, 2, 4, 8, 8, 8, 8];
        for (var i = 0; i < steps.Length; i++)
            Assert.InRange(delays[i].TotalSeconds, steps[i] / 2, steps[i]);
        Assert.Contains(host.Logs.Lines, l => l.Message.Contains("apps.connections.open failed: internal_error"));
    }
}
