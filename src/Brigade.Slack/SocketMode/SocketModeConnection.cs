using System.Collections.Concurrent;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: opened until Slack's <c>hello</c>, then read until it closes. Every envelope is
/// dispatched on its own and acknowledged on this same socket; a <c>disconnect</c> frame is reported to the
/// supervisor, which decides what to do, while this socket keeps serving until Slack closes it.
/// </summary>
internal sealed class SocketModeConnection
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket socket;
    private readonly SocketModeInbound inbound;
    private readonly TimeProvider time;
    private readonly ILogger log;
    private readonly SemaphoreSlim sendGate = new(1, 1);
    private readonly ConcurrentDictionary<Task, byte> acks = new();
    private readonly TaskCompletionSource<string> disconnectRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationToken dispatchToken;

    private SocketModeConnection(ClientWebSocket socket, int number, string host, SocketModeInbound inbound, TimeProvider time, ILogger log,
        CancellationToken dispatchToken)
    {
        this.socket = socket;
        this.dispatchToken = dispatchToken;
        this.inbound = inbound;
        this.time = time;
        this.log = log;
        Number = number;
        Host = host;
    }

    public int Number { get; }
    /// <summary>The host only: the full URL carries a one-time ticket, a credential.</summary>
    public string Host { get; }
    public DateTimeOffset ConnectedAt { get; private set; }
    /// <summary>Completes with the reason of Slack's <c>disconnect</c> frame.</summary>
    public Task<string> DisconnectRequested => disconnectRequested.Task;
    /// <summary>Completes with why the socket ended (never faults).</summary>
    public Task<string> Closed => closed.Task;

    /// <summary>
    /// Connects and waits for <c>hello</c>; throws when Slack answers otherwise or too late. Envelopes are
    /// dispatched with <paramref name="dispatchToken"/> (the app's lifetime), not this socket's.
    /// </summary>
    public static async Task<SocketModeConnection> OpenAsync(Uri url, int number, SocketModeOptions options, SocketModeInbound inbound,
        TimeProvider time, ILogger log, CancellationToken dispatchToken, CancellationToken ct)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = options.PingInterval;
        socket.Options.KeepAliveTimeout = options.PingTimeout;
        var connection = new SocketModeConnection(socket, number, url.Host, inbound, time, log, dispatchToken);
        using var helloTimeout = new CancellationTokenSource(options.HelloTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, helloTimeout.Token);
        try
        {
            await socket.ConnectAsync(url, linked.Token);
            var first = await SocketModeFrame.ReceiveAsync(socket, linked.Token);
            if (first?.Type == SocketModeFrame.Disconnect) throw new SocketModeRefusedException(first.Reason ?? "unknown");
            if (first?.Type != SocketModeFrame.Hello) throw new WebSocketException($"expected hello, got '{first?.Type ?? "nothing"}'");
        }
        catch (OperationCanceledException) when (helloTimeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            socket.Dispose();
            throw new TimeoutException($"no hello within {options.HelloTimeout.TotalSeconds:0.#} s");
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        connection.ConnectedAt = time.GetUtcNow();
        _ = connection.ReadAsync();
        return connection;
    }

    /// <summary>Closes politely once the acknowledgements under way are sent; Slack redelivers what comes after.</summary>
    public async Task CloseAsync(string why)
    {
        await Task.WhenAll(acks.Keys);
        await sendGate.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, why, CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Already closing or gone: the read loop ends by itself.
        }
        finally
        {
            sendGate.Release();
        }
        try
        {
            await closed.Task.WaitAsync(CloseTimeout, time);
        }
        catch (TimeoutException)
        {
            socket.Abort();
        }
    }

    private async Task ReadAsync()
    {
        var why = "closed";
        try
        {
            while (true)
            {
                var frame = await SocketModeFrame.ReceiveAsync(socket, CancellationToken.None);
                if (frame is null)
                    log.LogInformation("Socket Mode connection {Number}: a frame that is not Socket Mode JSON was ignored", Number);
                else if (frame.IsEnvelope) Track(AcknowledgeAsync(frame));
                else if (frame.Type == SocketModeFrame.Disconnect)
                {
                    log.LogInformation("Slack asks Socket Mode connection {Number} to disconnect ({Reason})", Number, frame.Reason);
                    disconnectRequested.TrySetResult(frame.Reason ?? "unknown");
                }
            }
        }
        catch (SocketModeFrame.ClosedException ex)
        {
            why = ex.Message;
            if (socket.State == WebSocketState.CloseReceived)
                try { await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None); }
                catch (Exception) { /* already gone: nothing to answer */ }
        }
        catch (Exception ex)
        {
            why = Describe(ex);
        }
        finally
        {
            socket.Dispose();
            closed.TrySetResult(why);
        }
    }

    private void Track(Task ack)
    {
        acks.TryAdd(ack, 0);
        _ = ack.ContinueWith(done => acks.TryRemove(done, out _), TaskScheduler.Default);
    }

    private async Task AcknowledgeAsync(SocketModeFrame envelope)
    {
        var frame = await inbound.AcknowledgeAsync(envelope, dispatchToken);
        await sendGate.WaitAsync();
        try
        {
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            log.LogWarning("Ack of envelope {EnvelopeId} not sent: connection {Number} is gone; Slack will redeliver it",
                envelope.EnvelopeId, Number);
        }
        finally
        {
            sendGate.Release();
        }
    }

    /// <summary>The cause, not its wrapper: a missed pong arrives as a cancellation wrapping the real reason.</summary>
    private static string Describe(Exception ex) => ex switch
    {
        AggregateException { InnerExceptions.Count: > 0 } all => Describe(all.InnerExceptions[0]),
        OperationCanceledException { InnerException: { } inner } => Describe(inner),
        _ => ex.Message,
    };
}
