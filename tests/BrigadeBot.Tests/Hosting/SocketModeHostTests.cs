using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.SocketMode;
using Brigade.Slack.Testing;
using Brigade.Slack.Testing.SocketMode;
using BrigadeBot.Features.Help;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Hosting;

public sealed class SocketModeHostTests : IAsyncLifetime
{
    private FakeSocketModeServer sockets = null!;
    private BrigadeHost host = null!;

    private ISlackConnectionState State => host.Services.GetRequiredService<ISlackConnectionState>();

    public async Task InitializeAsync()
    {
        var slack = await FakeSlackServer.StartAsync();
        sockets = await FakeSocketModeServer.StartAsync(slack);
        host = await BrigadeHost.StartAsync(new()
        {
            ["Slack:SigningSecret"] = "",
            ["Slack:AppToken"] = FakeSlackServer.AppToken,
            ["Slack:SocketMode:DisconnectedGraceSeconds"] = "20",
        }, slack: slack);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await sockets.DisposeAsync();
    }

    [Fact]
    public async Task The_help_is_answered_over_the_socket_without_a_public_url_or_signing_secret()
    {
        var connection = await sockets.WaitForConnectionAsync(1);
        var envelope = SlackFixtures.Json("socket_slash_commands_envelope.json");
        envelope["payload"]!["command"] = "/brigade";
        envelope["payload"]!["text"] = "aide";

        await connection.SendAsync(envelope);
        var ack = await connection.WaitForAckAsync(envelope["envelope_id"]!.ToString());

        Assert.Equal("ephemeral", ack["payload"]?["response_type"]?.ToString());
        Assert.Equal(HelpTexts.Fallback, ack["payload"]?["text"]?.ToString());
        Assert.Contains("/brigade aide", ack.ToJsonString());
        Assert.Contains(host.Logs.Lines, l => l.Message.StartsWith("Slack Socket Mode is on"));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Message.Contains("Slack is not configured"));
    }

    [Fact]
    public async Task Health_turns_503_once_the_socket_is_down_longer_than_the_grace_period_and_200_when_it_is_back()
    {
        var first = await sockets.WaitForConnectionAsync(1);
        await State.WaitUntilAsync(s => s.OpenConnections == 1, "connected");
        Assert.Equal("connected", await HealthAsync(HttpStatusCode.OK));
        host.Slack.Enqueue("apps.connections.open", FakeReply.Error("internal_error"), times: 3);

        first.Drop();
        await State.ElapseReconnectDelayAsync(host.Clock.Advance);
        await State.WaitForReconnectDelayAsync();
        Assert.Equal("disconnected", await HealthAsync(HttpStatusCode.OK));
        var attempts = State.Attempts;
        host.Clock.Advance(TimeSpan.FromSeconds(21) - (host.Clock.GetUtcNow() - State.DisconnectedSince!.Value));
        await State.WaitUntilAsync(s => s.Attempts > attempts, "the attempt the long wait let through");
        Assert.Equal("disconnected", await HealthAsync(HttpStatusCode.ServiceUnavailable));

        await State.ElapseReconnectDelayAsync(host.Clock.Advance);
        await State.ElapseReconnectDelayAsync(host.Clock.Advance);
        await sockets.WaitForConnectionAsync(2);
        await State.WaitUntilAsync(s => s.OpenConnections == 1, "reconnected");
        Assert.Equal("connected", await HealthAsync(HttpStatusCode.OK));
    }

    private async Task<string?> HealthAsync(HttpStatusCode expected)
    {
        var response = await host.Client.GetAsync("/health");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(expected == response.StatusCode, $"{response.StatusCode}: {body}");
        Assert.Equal("ok", body?["storage"]?.ToString());
        return body?["slack"]?.ToString();
    }
}
