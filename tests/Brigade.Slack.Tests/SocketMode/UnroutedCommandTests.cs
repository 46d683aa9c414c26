using System.Text.Json.Nodes;

namespace Brigade.Slack.Tests.SocketMode;

/// <summary>An app that registers no fallback command: what it does with a sub-command nobody handles.</summary>
public sealed class UnroutedCommandTests
{
    [Theory]
    [InlineData("inconnue truc", "env-unknown")]
    [InlineData("", "env-empty")]
    public async Task A_sub_command_without_a_handler_nor_a_fallback_gets_an_empty_ack_and_runs_nothing(string text, string envelopeId)
    {
        await using var host = await SocketModeHost.StartAsync();
        var connection = await host.Sockets.WaitForConnectionAsync(1);

        await connection.SendAsync(SocketEnvelopes.Command(text, envelopeId));
        var ack = await connection.WaitForAckAsync(envelopeId);
        await host.IdleAsync();

        Assert.True(JsonNode.DeepEquals(new JsonObject { ["envelope_id"] = envelopeId }, ack), ack.ToJsonString());
        Assert.DoesNotContain(host.Slack.Calls, c => c.Method != "apps.connections.open");
        Assert.Empty(host.Received.Commands);
    }
}
