using System.Text.Json.Nodes;
using Brigade.Slack.Testing;

namespace Brigade.Slack.Tests.SocketMode;

public sealed class SocketModeDispatchTests
{
    [Fact]
    public async Task Connects_with_the_app_token_and_counts_as_connected_only_after_hello()
    {
        await using var host = await SocketModeHost.StartAsync(helloOnConnect: false);

        var connection = await host.Sockets.WaitForConnectionAsync(1);
        var open = Assert.Single(host.Slack.CallsTo("apps.connections.open"));
        Assert.Equal("Bearer " + FakeSlackServer.AppToken, open.Authorization);
        Assert.Equal(0, host.State.OpenConnections);
        Assert.Equal("disconnected", host.State.Status);

        await connection.HelloAsync();
        await host.ConnectedAsync();

        Assert.Equal("connected", host.State.Status);
        Assert.Contains(host.Logs.Lines, l => l.Message.StartsWith("Socket Mode connected: connection 1 to 127.0.0.1"));
    }

    [Fact]
    public async Task A_slash_command_is_acknowledged_on_the_socket_with_its_reply()
    {
        await using var host = await SocketModeHost.StartAsync();
        var connection = await host.Sockets.WaitForConnectionAsync(1);

        await connection.SendAsync(SocketEnvelopes.Command("aide  sur les modales", "env-cmd"));
        var ack = await connection.WaitForAckAsync("env-cmd");

        Assert.Equal("ephemeral", ack["payload"]?["response_type"]?.ToString());
        Assert.Equal("Help for U111 (sur les modales)", ack["payload"]?["text"]?.ToString());
    }

    [Fact]
    public async Task A_view_submission_gets_its_field_errors_in_the_ack()
    {
        await using var host = await SocketModeHost.StartAsync();
        var connection = await host.Sockets.WaitForConnectionAsync(1);

        await connection.SendAsync(SocketEnvelopes.ViewSubmission("env-view"));
        var ack = await connection.WaitForAckAsync("env-view");

        var expected = new JsonObject
        {
            ["envelope_id"] = "env-view",
            ["payload"] = new JsonObject
            {
                ["response_action"] = "errors",
                ["errors"] = new JsonObject { ["date-of-visit"] = "Pick a later date" },
            },
        };
        Assert.True(JsonNode.DeepEquals(expected, ack), ack.ToJsonString());
    }

    [Fact]
    public async Task An_envelope_that_accepts_no_payload_is_acknowledged_with_its_id_alone()
    {
        await using var host = await SocketModeHost.StartAsync();
        var connection = await host.Sockets.WaitForConnectionAsync(1);
        var command = SocketEnvelopes.Command("aide", "env-no-payload");
        command["accepts_response_payload"] = false;

        await connection.SendAsync(command);
        await connection.SendAsync(SlackFixtures.Json("socket_interactive_envelope.json"));

        Assert.True(JsonNode.DeepEquals(new JsonObject { ["envelope_id"] = "env-no-payload" }, await connection.WaitForAckAsync("env-no-payload")));
        var shortcut = await connection.WaitForAckAsync("57d6a792-4d35-4d0b-b6aa-3361493e1caf");
        Assert.Single(shortcut);
    }

    [Fact]
    public async Task An_event_is_dispatched_once_however_often_it_is_delivered()
    {
        await using var host = await SocketModeHost.StartAsync();
        var connection = await host.Sockets.WaitForConnectionAsync(1);

        await connection.SendAsync(SocketEnvelopes.Event("env-ev-1"));
        await connection.SendAsync(SocketEnvelopes.Event("env-ev-1", retryAttempt: 1));
        await connection.SendAsync(SocketEnvelopes.Event("env-ev-2", retryAttempt: 2));
        await connection.SendAsync(SocketEnvelopes.Event("env-ev-3", eventId: "Ev0SOCKET2"));

        foreach (var (id, nth) in new[] { ("env-ev-1", 2), ("env-ev-2", 1), ("env-ev-3", 1) })
            Assert.Single(await connection.WaitForAckAsync(id, nth));
        await host.IdleAsync();
        Assert.Equal(["Ev0SOCKET1", "Ev0SOCKET2"], host.Received.EventIds.Order());
    }

    [Fact]
    public async Task A_command_redelivered_with_the_same_envelope_id_runs_once_and_gets_the_same_reply()
    {
        await using var host = await SocketModeHost.StartAsync();
        var connection = await host.Sockets.WaitForConnectionAsync(1);
        var envelope = SocketEnvelopes.Command("aide une fois", "env-twice");

        await connection.SendAsync(envelope);
        var first = await connection.WaitForAckAsync("env-twice");
        envelope["retry_attempt"] = 1;
        await connection.SendAsync(envelope);
        var second = await connection.WaitForAckAsync("env-twice", nth: 2);

        Assert.True(JsonNode.DeepEquals(first, second));
        Assert.Single(host.Received.Commands);
        Assert.Single(host.Logs.Lines, l => l.Message.Contains("Socket Mode envelope env-twice") && l.Message.Contains("already received"));
    }
}
