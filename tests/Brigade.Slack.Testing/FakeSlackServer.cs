using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Brigade.Slack.WebApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Brigade.Slack.Testing;

/// <summary>
/// A local stand-in for Slack's Web API, response_url hooks and file upload URLs, on a loopback port.
/// Records every call, answers like Slack, refuses what Slack refuses (bad token, missing arguments,
/// limits), and can be scripted to fail (429 with Retry-After, 5xx, ok:false).
/// </summary>
public sealed class FakeSlackServer : IAsyncDisposable
{
    public const string BotToken = "xoxb-fake-bot-token";
    public const string AppToken = "xapp-fake-app-token";

    /// <summary>The zone <c>users.info</c> gives every user.</summary>
    public string UserTimeZone { get; set; } = "America/Toronto";

    /// <summary>The workspace's accounts, as <c>users.list</c> serves them (a page per call, with Slack's cursor).</summary>
    public List<JsonObject> Users { get; } = [];

    /// <summary>The most accounts a <c>users.list</c> page holds, whatever the limit asked (Slack may return fewer).</summary>
    public int UsersPageSize { get; set; } = 1000;

    private readonly WebApplication app;
    private readonly ConcurrentQueue<SlackCall> calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeReply>> scripted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<SlackCall, FakeReply?>> handlers = new(StringComparer.Ordinal);
    private readonly Lock signalGate = new();
    // Completed and replaced on every call, so that every waiter wakes (a semaphore would wake only one).
    private TaskCompletionSource callSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long sequence;

    private FakeSlackServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";
    public string ApiBaseUrl => BaseUrl + "/api/";
    /// <summary>Give this prefix to Slack:ResponseUrlPrefixes; <see cref="ResponseUrl"/> makes URLs under it.</summary>
    public string ResponseUrlPrefix => BaseUrl + "/hooks/";
    public string ResponseUrl(string id = "1") => ResponseUrlPrefix + "commands/T0TEAM/" + id;
    /// <summary>Give this prefix to Slack:UploadUrlPrefixes: files.getUploadURLExternal answers URLs under it.</summary>
    public string UploadUrlPrefix => BaseUrl + "/upload/";

    public IReadOnlyList<SlackCall> Calls => calls.ToArray();
    public IReadOnlyList<SlackCall> CallsTo(string method) => calls.Where(c => c.Method == method).ToArray();

    /// <summary>
    /// Calls whose content others in a channel can read: anything sent to a channel id (C…, G…) except ephemeral
    /// messages, and response_url replies posted in the channel. DMs (D…), modals, App Home and ephemerals are left out.
    /// </summary>
    public IReadOnlyList<SlackCall> PublicChannelCalls => calls.Where(c =>
        c.Method == "(response_url)"
            ? c.Arguments["message"]?["response_type"]?.ToString() == "in_channel"
            : c.Method != "chat.postEphemeral" && (c.Arg("channel") ?? c.Arg("channel_id")) is { Length: > 0 } channel && channel[0] is 'C' or 'G')
        .ToArray();

    /// <summary>Text of every message, view and reply sent, for "no mention / no leak" scans.</summary>
    public string AllTextSent => string.Join('\n', calls.Select(c => c.AllText));

    public static async Task<FakeSlackServer> StartAsync()
    {
        var app = LoopbackServer.CreateBuilder().Build();
        var server = new FakeSlackServer(app);
        app.MapPost("/api/{method}", (HttpContext http, string method) => server.ApiAsync(http, method));
        app.MapPost("/hooks/{**rest}", server.HookAsync);
        app.MapPost("/upload/{id}", server.UploadAsync);
        server.BaseUrl = await LoopbackServer.StartAsync(app);
        return server;
    }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> get <paramref name="reply"/>.</summary>
    public void Enqueue(string method, FakeReply reply, int times = 1)
    {
        var queue = scripted.GetOrAdd(method, _ => new ConcurrentQueue<FakeReply>());
        for (var i = 0; i < times; i++) queue.Enqueue(reply);
    }

    /// <summary>Answers calls of <paramref name="method"/> with a function (return null for the default answer).</summary>
    public void Handle(string method, Func<SlackCall, FakeReply?> handler) => handlers[method] = handler;

    /// <summary>Waits until at least <paramref name="count"/> calls of <paramref name="method"/> arrived.</summary>
    public async Task<IReadOnlyList<SlackCall>> WaitForAsync(string method, int count = 1, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30)); // generous: a loaded CI machine is slow, never wrong
        while (true)
        {
            Task signal;
            lock (signalGate) signal = callSignal.Task;
            if (CallsTo(method).Count >= count) break;
            try
            {
                await signal.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected {count} call(s) to {method}; got {CallsTo(method).Count}.");
            }
        }
        return CallsTo(method);
    }

    public void Clear() => calls.Clear();

    private async Task ApiAsync(HttpContext http, string method)
    {
        var arguments = await ReadArgumentsAsync(http.Request);
        var authorization = http.Request.Headers.Authorization.ToString();
        var call = new SlackCall(method, arguments, authorization, http.Request.ContentType, new JsonObject());
        var reply = Scripted(method, call) ?? Validate(call) ?? (method == "users.list" ? UsersPage(arguments) : null) ?? new FakeReply(200,
            SimulatedSlackResponses.For(method, arguments, Interlocked.Increment(ref sequence), DateTimeOffset.UtcNow, UserTimeZone));
        if (method == "files.getUploadURLExternal" && reply.Body?["upload_url"] is not null)
            reply.Body["upload_url"] = $"{BaseUrl}/upload/{reply.Body["file_id"]}";
        Record(call with { Response = reply.Body ?? new JsonObject() });
        await WriteAsync(http, reply);
    }

    /// <summary>One page of <see cref="Users"/>: the cursor is the index of the page's first account.</summary>
    private FakeReply UsersPage(JsonObject arguments)
    {
        var limit = int.TryParse(arguments["limit"]?.ToString(), out var l) && l > 0 ? Math.Min(l, UsersPageSize) : 100;
        var cursor = arguments["cursor"]?.ToString();
        var start = string.IsNullOrEmpty(cursor) ? 0 : int.TryParse(cursor.Replace("next:", ""), out var c) ? c : -1;
        if (start < 0 || start > Users.Count) return FakeReply.Error("invalid_cursor");
        var page = Users.Skip(start).Take(limit).Select(u => u.DeepClone()).ToArray();
        var next = start + limit < Users.Count ? $"next:{start + limit}" : "";
        return new FakeReply(200, new JsonObject
        {
            ["ok"] = true, ["members"] = new JsonArray(page), ["response_metadata"] = new JsonObject { ["next_cursor"] = next },
        });
    }

    private async Task HookAsync(HttpContext http)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
        var message = JsonNode.Parse(body) as JsonObject ?? new JsonObject();
        var call = new SlackCall("(response_url)", message, null, http.Request.ContentType, new JsonObject());
        var reply = Scripted("(response_url)", call) ?? new FakeReply(200, RawBody: "ok");
        Record(call with { Arguments = new JsonObject { ["url"] = http.Request.Path.Value, ["message"] = message } });
        await WriteAsync(http, reply);
    }

    private async Task UploadAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer);
        var call = new SlackCall("(upload)", new JsonObject
        {
            ["path"] = http.Request.Path.Value,
            ["length"] = buffer.Length,
            ["content_base64"] = Convert.ToBase64String(buffer.ToArray()),
        }, null, http.Request.ContentType, new JsonObject());
        Record(call);
        await WriteAsync(http, new FakeReply(200, RawBody: "OK"));
    }

    private FakeReply? Scripted(string method, SlackCall call)
    {
        if (scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var reply)) return reply;
        return handlers.TryGetValue(method, out var handler) ? handler(call) : null;
    }

    private static FakeReply? Validate(SlackCall call) =>
        call.Authorization != "Bearer " + (call.Method == "apps.connections.open" ? AppToken : BotToken)
            ? FakeReply.Error(call.Method == "apps.connections.open" ? "not_allowed_token_type" : "invalid_auth")
            : SlackRules.Check(call.Method, call.Arguments) is { } error ? FakeReply.Error(error) : null;

    private void Record(SlackCall call)
    {
        calls.Enqueue(call);
        lock (signalGate)
        {
            callSignal.TrySetResult();
            callSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private static async Task<JsonObject> ReadArgumentsAsync(HttpRequest request)
    {
        var body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync();
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                return JsonNode.Parse(body) as JsonObject ?? new JsonObject { ["(invalid_json)"] = body };
            }
            catch (JsonException)
            {
                return new JsonObject { ["(invalid_json)"] = body };
            }
        }
        var arguments = new JsonObject();
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            arguments[Uri.UnescapeDataString(parts[0].Replace('+', ' '))] =
                parts.Length > 1 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : "";
        }
        return arguments;
    }

    private static async Task WriteAsync(HttpContext http, FakeReply reply)
    {
        http.Response.StatusCode = reply.Status;
        if (reply.RetryAfterSeconds is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString();
        if (reply.Location is { } location) http.Response.Headers.Location = location;
        if (reply.RawBody is not null)
        {
            await http.Response.WriteAsync(reply.RawBody);
            return;
        }
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync((reply.Body ?? new JsonObject { ["ok"] = true }).ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
