using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Brigade.Slack.Testing.SocketMode;

/// <summary>The server side of one Socket Mode connection: what the bot sent, and what Slack may do to it.</summary>
public sealed class FakeSocketConnection
{
    private readonly WebSocket socket;
    private readonly Action abort;
    private readonly SemaphoreSlim sendGate = new(1, 1);
    private readonly ConcurrentQueue<JsonObject> received = new();
    private readonly SemaphoreSlim receivedSignal = new(0);
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource reading = Started();

    internal FakeSocketConnection(int number, WebSocket socket, Action abort)
    {
        Number = number;
        this.socket = socket;
        this.abort = abort;
    }

    public int Number { get; }

    /// <summary>Every JSON frame the bot sent on this connection (its acknowledgements).</summary>
    public IReadOnlyList<JsonObject> Received => received.ToArray();

    /// <summary>Completes when the socket is gone, whoever closed it.</summary>
    public Task Closed => closed.Task;

    public bool IsOpen => !closed.Task.IsCompleted;

    /// <summary>The reason the bot gave in its close frame, once it sent one (it closes politely or answers Slack's close).</summary>
    public string? CloseReceived { get; private set; }

    public async Task SendAsync(string json)
    {
        await sendGate.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            sendGate.Release();
        }
    }

    public Task SendAsync(JsonNode frame) => SendAsync(frame.ToJsonString());

    public Task HelloAsync() => SendAsync(SlackFixtures.Text("socket_hello.json"));

    /// <summary>Sends <c>{"type":"disconnect","reason":…}</c>, as Slack does before closing.</summary>
    public Task DisconnectAsync(string reason) =>
        SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "applink-fake" } });

    /// <summary>Waits for the bot's acknowledgement of <paramref name="envelopeId"/> (the n-th one with that id).</summary>
    public async Task<JsonObject> WaitForAckAsync(string envelopeId, int nth = 1, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var acks = received.Where(f => f["envelope_id"]?.ToString() == envelopeId).ToArray();
            if (acks.Length >= nth) return acks[nth - 1];
            try
            {
                await receivedSignal.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No ack of {envelopeId} on connection {Number}.");
            }
        }
    }

    /// <summary>Closes with a close handshake, as Slack does after a disconnect frame.</summary>
    public async Task CloseAsync()
    {
        if (socket.State == WebSocketState.Open)
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        await closed.Task;
    }

    /// <summary>Cuts the TCP connection without a close handshake (a network failure).</summary>
    public void Drop()
    {
        try
        {
            if (IsOpen) abort();
        }
        catch (ObjectDisposedException)
        {
            // The request already ended: nothing left to cut.
        }
        reading.TrySetResult();
    }

    /// <summary>
    /// Stops reading, so pings go unanswered as on a dead link. The read under way ends with the ack of one
    /// last envelope of an unknown type, which the bot acknowledges without dispatching anything.
    /// </summary>
    public async Task StopAnsweringPingsAsync()
    {
        reading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var last = "last-before-silence-" + Number;
        await SendAsync(new JsonObject { ["envelope_id"] = last, ["type"] = "silence", ["payload"] = new JsonObject() });
        await WaitForAckAsync(last);
    }

    internal async Task ReadUntilClosedAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            while (true)
            {
                await reading.Task;
                var result = await socket.ReceiveAsync(buffer.GetMemory(4096), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    CloseReceived = socket.CloseStatusDescription ?? "";
                    if (socket.State == WebSocketState.CloseReceived)
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    break;
                }
                buffer.Advance(result.Count);
                if (!result.EndOfMessage) continue;
                if (JsonNode.Parse(buffer.WrittenSpan) is JsonObject frame) received.Enqueue(frame);
                buffer.ResetWrittenCount();
                receivedSignal.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
        finally
        {
            closed.TrySetResult();
        }
    }

    private static TaskCompletionSource Started()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        started.SetResult();
        return started;
    }
}
