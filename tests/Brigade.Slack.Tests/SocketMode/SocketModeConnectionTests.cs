using Brigade.Slack.Testing.SocketMode;

namespace Brigade.Slack.Tests.SocketMode;

/// <summary>One socket's promises: an acknowledgement under way is sent before the socket is closed.</summary>
public sealed class SocketModeConnectionTests
{
    [Fact]
    public async Task A_refreshed_connection_sends_the_ack_under_way_before_it_closes()
    {
        await using var host = await SocketModeHost.StartAsync();
        var old = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();
        await old.SendAsync(SocketEnvelopes.Command(SlowCommand.Name, "env-slow"));
        await host.Received.SlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await old.DisconnectAsync("refresh_requested");
        await host.Sockets.WaitForConnectionAsync(2);
        await host.State.WaitUntilAsync(s => s.OpenConnections == 2, "the replacement open beside the old one");
        Assert.True(old.IsOpen);
        host.Received.SlowGate.TrySetResult();

        var ack = await old.WaitForAckAsync("env-slow");
        await old.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("Enfin", ack["payload"]?["text"]?.ToString());
        await host.ConnectedAsync(1);
    }

    [Fact]
    public async Task A_close_from_Slack_is_answered_before_the_socket_goes()
    {
        await using var host = await SocketModeHost.StartAsync();
        var connection = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();

        await connection.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("", connection.CloseReceived);
        await host.State.WaitForReconnectDelayAsync();
        Assert.Equal("connection 1 lost: closed by Slack (1000 bye)", host.State.LastProblem);
    }
}
