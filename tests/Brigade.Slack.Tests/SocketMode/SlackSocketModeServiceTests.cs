using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using Brigade.Slack.Testing.SocketMode;
using Brigade.Slack.SocketMode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Brigade.Slack.Tests.SocketMode;

/// <summary>
/// The supervisor's decisions: what each refusal or disconnect reason leads to, how the waits grow or start over,
/// which ticket URLs it accepts, what the state says meanwhile, and how it lets go at shutdown.
/// </summary>
public sealed class SlackSocketModeServiceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Without_an_app_token_no_attempt_is_even_counted()
    {
        await using var host = await SocketModeHost.StartAsync(new() { ["Slack:AppToken"] = "" });

        await Supervisor(host).ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((0, (DateTimeOffset?)null, (string?)null), (host.State.Attempts, host.State.DisconnectedSince, host.State.LastProblem));
    }

    [Fact]
    public async Task Without_a_bot_token_it_stops_before_any_attempt_saying_why()
    {
        await using var host = await SocketModeHost.StartAsync(new() { ["Slack:BotToken"] = "" });
        await Supervisor(host).ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(host.State.IsStopped);
        Assert.Equal((0, (TimeSpan?)null, "Slack:BotToken is empty"), (host.State.Attempts, host.State.NextAttemptIn, host.State.LastProblem));
    }

    [Fact]
    public async Task The_link_counts_as_down_from_the_start_until_hello()
    {
        await using var host = await SocketModeHost.StartAsync(helloOnConnect: false);
        var connection = await host.Sockets.WaitForConnectionAsync(1);
        host.Clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal((Start, 1), (host.State.DisconnectedSince, host.State.Attempts));

        await connection.HelloAsync();
        await host.ConnectedAsync();
        Assert.Null(host.State.DisconnectedSince);
    }

    [Fact]
    public async Task Each_lost_connection_is_named_in_the_wait_that_follows()
    {
        await using var host = await SocketModeHost.StartAsync();
        var first = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();
        first.Drop();
        await host.State.WaitForReconnectDelayAsync();
        Assert.StartsWith("connection 1 lost: ", host.State.LastProblem);

        await host.ElapseReconnectDelayAsync();
        var second = await host.Sockets.WaitForConnectionAsync(2);
        await host.ConnectedAsync();
        second.Drop();
        await host.State.WaitForReconnectDelayAsync();

        Assert.StartsWith("connection 2 lost: ", host.State.LastProblem);
        Assert.Equal(0, host.State.OpenConnections);
    }

    [Fact]
    public async Task A_connection_that_dies_at_once_keeps_the_waits_growing_and_one_that_lived_starts_them_over()
    {
        await using var host = await SocketModeHost.StartAsync(new()
        {
            ["Slack:SocketMode:ReconnectDelaySeconds"] = "1",
            ["Slack:SocketMode:MaxReconnectDelaySeconds"] = "8",
        });
        (await host.Sockets.WaitForConnectionAsync(1)).Drop();
        host.Slack.Enqueue("apps.connections.open", FakeReply.Error("internal_error"));
        Assert.InRange((await host.ElapseReconnectDelayAsync()).TotalSeconds, 0.5, 1);
        Assert.InRange((await host.ElapseReconnectDelayAsync()).TotalSeconds, 1, 2);

        (await host.Sockets.WaitForConnectionAsync(2)).Drop();
        Assert.InRange((await host.ElapseReconnectDelayAsync()).TotalSeconds, 2, 4);

        var lived = await host.Sockets.WaitForConnectionAsync(3);
        await host.ConnectedAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(8));
        lived.Drop();
        Assert.InRange((await host.ElapseReconnectDelayAsync()).TotalSeconds, 0.5, 1);
        await host.Sockets.WaitForConnectionAsync(4);
    }

    [Fact]
    public async Task Each_refresh_opens_a_replacement_and_closes_the_old_socket_saying_so()
    {
        await using var host = await SocketModeHost.StartAsync();
        var first = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();

        await first.DisconnectAsync("refresh_requested");
        var second = await host.Sockets.WaitForConnectionAsync(2);
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        await second.DisconnectAsync("refresh_requested");
        await host.Sockets.WaitForConnectionAsync(3);
        await second.Closed.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(("refreshed", "refreshed"), (first.CloseReceived, second.CloseReceived));
        await host.ConnectedAsync(1);
        Assert.Equal(3, host.Slack.CallsTo("apps.connections.open").Count);
    }

    [Fact]
    public async Task Link_disabled_in_place_of_hello_stops_at_once()
    {
        await using var host = await SocketModeHost.StartAsync(helloOnConnect: false);
        var refused = await host.Sockets.WaitForConnectionAsync(1);

        await refused.DisconnectAsync("link_disabled");
        await host.State.WaitUntilAsync(s => s.IsStopped, "stopped");

        Assert.Equal(("stopped", "link_disabled", (TimeSpan?)null), (host.State.Status, host.State.LastProblem, host.State.NextAttemptIn));
        Assert.Single(host.Slack.CallsTo("apps.connections.open"));
    }

    [Theory]
    [InlineData("""{"type":"disconnect","reason":"too_many_websockets"}""", "Slack refused the connection (too_many_websockets)")]
    [InlineData("""{"type":"disconnect"}""", "Slack refused the connection (unknown)")]
    [InlineData("""{"envelope_id":"e1","type":"events_api","payload":{}}""", "expected hello, got 'events_api'")]
    [InlineData("not json", "expected hello, got 'nothing'")]
    public async Task Anything_but_hello_first_is_a_failed_attempt_retried_after_a_wait(string first, string problem)
    {
        await using var host = await SocketModeHost.StartAsync(helloOnConnect: false);

        var refused = await host.Sockets.WaitForConnectionAsync(1);
        await refused.SendAsync(first);
        await host.State.WaitForReconnectDelayAsync();
        Assert.Equal("connection attempt failed: " + problem, host.State.LastProblem);
        await refused.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        host.Sockets.SendHelloOnConnect = true;
        await host.ElapseReconnectDelayAsync();

        await host.ConnectedAsync();
        Assert.False(host.State.IsStopped);
    }

    [Theory]
    [InlineData("too_many_websockets")]
    [InlineData(null)]
    public async Task Another_disconnect_reason_waits_for_Slack_to_close_then_reconnects_after_a_wait(string? reason)
    {
        await using var host = await SocketModeHost.StartAsync();
        var connection = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();
        var disconnect = new JsonObject { ["type"] = "disconnect" };
        if (reason is not null) disconnect["reason"] = reason;

        await connection.SendAsync(disconnect);
        await connection.SendAsync(SocketEnvelopes.Event("env-after-disconnect"));
        await connection.WaitForAckAsync("env-after-disconnect");
        Assert.Equal(1, host.State.OpenConnections);
        await connection.CloseAsync();
        await host.ElapseReconnectDelayAsync();

        await host.Sockets.WaitForConnectionAsync(2);
        await host.ConnectedAsync();
        Assert.Equal(2, host.Slack.CallsTo("apps.connections.open").Count);
    }

    [Fact]
    public async Task After_a_warning_losing_the_new_connection_leaves_the_old_one_counted()
    {
        await using var host = await SocketModeHost.StartAsync();
        var old = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();
        await old.DisconnectAsync("warning");
        var replacement = await host.Sockets.WaitForConnectionAsync(2);
        await host.ConnectedAsync(2);

        replacement.Drop();
        await host.ElapseReconnectDelayAsync();
        await host.Sockets.WaitForConnectionAsync(3);
        await host.ConnectedAsync(2);

        Assert.True(old.IsOpen);
        await old.CloseAsync();
        await host.ConnectedAsync(1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(42)]
    public async Task A_ticket_without_a_url_is_a_failed_attempt(int? url)
    {
        await using var host = await SocketModeHost.StartAsync();
        (await host.Sockets.WaitForConnectionAsync(1)).Drop();
        var answer = new JsonObject { ["ok"] = true };
        if (url is not null) answer["url"] = url;
        host.Slack.Enqueue("apps.connections.open", new FakeReply(200, answer));

        await host.ElapseReconnectDelayAsync();
        await host.State.WaitUntilAsync(s => s.NextAttemptIn is not null, "the wait after the bad ticket");

        Assert.Equal("connection attempt failed: Slack apps.connections.open failed: invalid_url", host.State.LastProblem);
    }

    [Fact]
    public async Task Over_an_https_api_only_wss_tickets_are_followed()
    {
        await using var host = await SocketModeHost.StartAsync(
            new() { ["Slack:ApiBaseUrl"] = "https://slack.invalid/api/" },
            services: s => s.AddHttpClient(Brigade.Slack.WebApi.SlackApiClient.HttpClientName)
                .AddHttpMessageHandler(sp => new ToFakeSlack(sp.GetRequiredService<FakeSlackServer>())));

        await host.State.WaitUntilAsync(s => s.NextAttemptIn is not null, "the wait after the ws ticket");

        Assert.Equal("connection attempt failed: Slack apps.connections.open failed: invalid_url", host.State.LastProblem);
        Assert.Empty(host.Sockets.Connections);
        Assert.Single(host.Slack.CallsTo("apps.connections.open"));

        host.Slack.Enqueue("apps.connections.open", new FakeReply(200, new JsonObject { ["ok"] = true, ["url"] = "wss://127.0.0.1:1/link/?ticket=t" }));
        await host.ElapseReconnectDelayAsync();
        await host.State.WaitUntilAsync(s => s.NextAttemptIn is not null, "the wait after the wss attempt");

        Assert.StartsWith("connection attempt failed: ", host.State.LastProblem);
        Assert.DoesNotContain("invalid_url", host.State.LastProblem);
    }

    [Fact]
    public async Task A_shutdown_closes_the_open_connection_politely()
    {
        await using var host = await SocketModeHost.StartAsync();
        var connection = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();

        await host.StopSocketModeAsync().WaitAsync(TimeSpan.FromSeconds(10));

        await connection.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("shutting down", connection.CloseReceived);
    }

    [Fact]
    public async Task A_shutdown_cuts_a_connection_that_does_not_answer_the_close_within_five_seconds()
    {
        await using var host = await SocketModeHost.StartAsync();
        var silent = await host.Sockets.WaitForConnectionAsync(1);
        await host.ConnectedAsync();
        await silent.StopAnsweringPingsAsync();

        var stopping = host.StopSocketModeAsync();
        await host.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        Assert.False(stopping.IsCompleted);
        host.Clock.Advance(TimeSpan.FromSeconds(5));

        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        await host.State.WaitUntilAsync(s => s.OpenConnections == 0, "the cut connection counted as closed");
    }

    /// <summary>The hosted service itself: its ExecuteTask ends when it gives up for good (or never starts).</summary>
    private static SlackSocketModeService Supervisor(SocketModeHost host) =>
        host.Services.GetServices<IHostedService>().OfType<SlackSocketModeService>().Single();

    /// <summary>Sends what the client addresses to an https Slack to the local fake instead.</summary>
    private sealed class ToFakeSlack(FakeSlackServer slack) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            request.RequestUri = new Uri(slack.ApiBaseUrl + request.RequestUri!.Segments[^1]);
            return base.SendAsync(request, ct);
        }
    }
}
