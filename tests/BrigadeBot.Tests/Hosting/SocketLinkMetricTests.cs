using System.Text.RegularExpressions;
using Brigade.Slack.SocketMode;
using Brigade.Slack.Testing;
using Brigade.Slack.Testing.SocketMode;
using BrigadeBot.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Hosting;

/// <summary>The Socket Mode link gauge as <c>GET /metrics</c> shows it: 1 while the fake Socket Mode server holds the link, 0 once it dropped.</summary>
[Collection(AloneInProcess.Name)]
public sealed class SocketLinkMetricTests
{
    [Fact]
    public async Task The_link_gauge_is_1_while_the_socket_is_open_and_0_after_it_drops()
    {
        var slack = await FakeSlackServer.StartAsync();
        await using var sockets = await FakeSocketModeServer.StartAsync(slack);
        await using var host = await BrigadeHost.StartAsync(new()
        {
            ["Slack:SigningSecret"] = "",
            ["Slack:AppToken"] = FakeSlackServer.AppToken,
            ["Metrics:Enabled"] = "true",
        }, slack: slack, services: s => s.AddSingleton<IStartupFilter, PeerAddress>());
        var state = host.Services.GetRequiredService<ISlackConnectionState>();

        var connection = await sockets.WaitForConnectionAsync(1);
        await state.WaitUntilAsync(s => s.OpenConnections == 1, "connected");
        await Eventually.HoldsAsync(async () => await LinkAsync(host) == "1", "/metrics never showed the link up");

        host.Slack.Enqueue("apps.connections.open", FakeReply.Error("internal_error"), times: 3);
        connection.Drop();
        await state.WaitUntilAsync(s => s.OpenConnections == 0, "dropped");
        await Eventually.HoldsAsync(async () => await LinkAsync(host) == "0", "/metrics never showed the link down");
    }

    private static async Task<string?> LinkAsync(BrigadeHost host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, MetricsSetup.Path);
        request.Headers.Add(PeerAddress.Header, "127.0.0.1");
        var text = await (await host.Client.SendAsync(request)).Content.ReadAsStringAsync();
        var line = Regex.Match(text, @"^brigade_slack_socket_connected(\{[^}]*\})? (\S+)", RegexOptions.Multiline);
        return line.Success ? line.Groups[2].Value : null;
    }
}
