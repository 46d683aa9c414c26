using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Brigade.Slack.Testing.SocketMode;

/// <summary>
/// A local stand-in for Slack's Socket Mode: answers <c>apps.connections.open</c> on the fake Web API (app token
/// only) with a one-time ws URL, accepts each ticket once, says <c>hello</c>, and lets a test send frames,
/// read acknowledgements, close, drop or freeze each connection.
/// </summary>
public sealed class FakeSocketModeServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, bool> tickets = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeSocketConnection> connections = new();
    private readonly SemaphoreSlim connected = new(0);

    private FakeSocketModeServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Says <c>hello</c> as soon as a connection opens (set to false to send it yourself).</summary>
    public bool SendHelloOnConnect { get; set; } = true;

    /// <summary>Connections refused because their ticket was unknown or already used.</summary>
    public int RefusedTickets;

    public IReadOnlyList<FakeSocketConnection> Connections => connections.ToArray();

    /// <summary>Starts the server and makes <paramref name="slack"/> answer <c>apps.connections.open</c> with its URLs.</summary>
    public static async Task<FakeSocketModeServer> StartAsync(FakeSlackServer slack)
    {
        var app = LoopbackServer.CreateBuilder().Build();
        var server = new FakeSocketModeServer(app);
        app.UseWebSockets();
        app.Map("/link", server.AcceptAsync);
        server.BaseUrl = await LoopbackServer.StartAsync(app);
        slack.Handle("apps.connections.open", server.Open);
        return server;
    }

    /// <summary>Waits until the <paramref name="number"/>-th connection (1-based) is open and returns it.</summary>
    public async Task<FakeSocketConnection> WaitForConnectionAsync(int number, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (connections.Count < number)
        {
            try
            {
                await connected.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected {number} Socket Mode connection(s); got {connections.Count}.");
            }
        }
        return connections.ElementAt(number - 1);
    }

    private FakeReply Open(SlackCall call)
    {
        if (call.Authorization != "Bearer " + FakeSlackServer.AppToken) return FakeReply.Error("not_allowed_token_type");
        var ticket = Guid.NewGuid().ToString("N");
        tickets[ticket] = false;
        var url = BaseUrl.Replace("http://", "ws://") + $"/link/?ticket={ticket}&app_id=A0FAKEAPP";
        return new FakeReply(200, new JsonObject { ["ok"] = true, ["url"] = url });
    }

    private async Task AcceptAsync(HttpContext http)
    {
        var ticket = http.Request.Query["ticket"].ToString();
        if (!http.WebSockets.IsWebSocketRequest || !tickets.TryUpdate(ticket, true, false))
        {
            Interlocked.Increment(ref RefusedTickets);
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        var socket = await http.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeSocketConnection(connections.Count + 1, socket, http.Abort);
        if (SendHelloOnConnect) await connection.SendAsync(SlackFixtures.Text("socket_hello.json"));
        connections.Enqueue(connection);
        connected.Release();
        await connection.ReadUntilClosedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in connections) connection.Drop();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
