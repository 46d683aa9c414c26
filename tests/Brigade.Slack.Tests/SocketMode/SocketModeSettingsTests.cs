using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using Brigade.Slack.Testing.SocketMode;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.SocketMode;

public sealed class SocketModeSettingsTests
{
    [Fact]
    public async Task Without_an_app_token_nothing_connects_and_the_state_is_off()
    {
        await using var host = await SocketModeHost.StartAsync(new() { ["Slack:AppToken"] = "" });

        Assert.False(host.State.IsEnabled);
        Assert.Equal("off", host.State.Status);
        Assert.True(host.State.IsHealthy);
        Assert.Empty(host.Slack.CallsTo("apps.connections.open"));
    }

    [Fact]
    public async Task An_app_token_without_a_bot_token_says_why_it_does_not_connect()
    {
        await using var host = await SocketModeHost.StartAsync(new() { ["Slack:BotToken"] = "" });

        await host.State.WaitUntilAsync(s => s.IsStopped, "stopped");

        Assert.False(host.State.IsHealthy);
        Assert.Empty(host.Slack.CallsTo("apps.connections.open"));
        Assert.Contains(host.Logs.Lines, l => l.Level == LogLevel.Error && l.Message.Contains("Slack:BotToken is empty"));
    }

    [Fact]
    public async Task Neither_the_app_token_nor_a_ticket_url_reaches_a_log_line()
    {
        await using var host = await SocketModeHost.StartAsync();
        var first = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();
        var wsBase = host.Sockets.BaseUrl.Replace("http://", "ws://");
        host.Slack.Enqueue("apps.connections.open", Url(wsBase + "/link/?ticket=secret-ticket-unknown&app_id=A0FAKEAPP"));
        host.Slack.Enqueue("apps.connections.open", Url("https://elsewhere.example/link/?ticket=secret-ticket-https"));

        first.Drop();
        for (var attempt = 0; attempt < 3; attempt++) await host.ElapseReconnectDelayAsync();
        await host.Sockets.WaitForConnectionAsync(2);
        await host.ConnectedAsync();

        Assert.Equal(1, host.Sockets.RefusedTickets);
        Assert.Contains(host.Logs.Lines, l => l.Message.Contains("apps.connections.open failed: invalid_url"));
        Assert.Contains(host.Logs.Lines, l => l.Message.Contains("connection 2 to 127.0.0.1"));
        Assert.DoesNotContain("ticket", host.Logs.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(FakeSlackServer.AppToken, host.Logs.AllText);
        Assert.DoesNotContain(FakeSlackServer.BotToken, host.Logs.AllText);
    }

    [Fact]
    public async Task A_malformed_timing_stops_the_start_naming_its_key()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            SocketModeHost.StartAsync(new() { ["Slack:SocketMode:MaxReconnectDelaySeconds"] = "0" }));

        Assert.Contains("Slack:SocketMode:MaxReconnectDelaySeconds", failure.Message);
    }

    private static FakeReply Url(string url) => new(200, new JsonObject { ["ok"] = true, ["url"] = url });
}
