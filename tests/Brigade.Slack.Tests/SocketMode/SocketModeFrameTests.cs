using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Brigade.Slack.SocketMode;

namespace Brigade.Slack.Tests.SocketMode;

/// <summary>How a Socket Mode frame is read off the socket and parsed, odd frames included.</summary>
public sealed class SocketModeFrameTests
{
    private static SocketModeFrame? Parse(string json) => SocketModeFrame.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void An_envelope_is_read_with_everything_Slack_sends()
    {
        var frame = Parse("""
            {"envelope_id":"e1","type":"events_api","payload":{"event_id":"Ev1"},"accepts_response_payload":true,
             "retry_attempt":2,"retry_reason":"timeout"}
            """)!;

        Assert.Equal(("events_api", "e1", true, 2, null), (frame.Type, frame.EnvelopeId, frame.AcceptsResponsePayload, frame.RetryAttempt, frame.Reason));
        Assert.Equal("Ev1", frame.Payload.GetProperty("event_id").GetString());
        Assert.True(frame.IsEnvelope);
    }

    [Fact]
    public void A_disconnect_carries_its_reason_and_is_no_envelope()
    {
        var frame = Parse("""{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"applink-1"}}""")!;

        Assert.Equal((SocketModeFrame.Disconnect, "refresh_requested", false), (frame.Type, frame.Reason, frame.IsEnvelope));
        Assert.Equal(JsonValueKind.Undefined, frame.Payload.ValueKind);
    }

    [Fact]
    public void Missing_or_odd_fields_take_their_defaults()
    {
        var frame = Parse("""{"envelope_id":"e2","accepts_response_payload":"true","reason":7}""")!;

        Assert.Equal(("", "e2", false, 0, null), (frame.Type, frame.EnvelopeId, frame.AcceptsResponsePayload, frame.RetryAttempt, frame.Reason));
        Assert.False(Parse("""{"type":"hello","accepts_response_payload":false}""")!.AcceptsResponsePayload);
        Assert.Equal(0, Parse("""{"type":"hello","retry_attempt":1.5}""")!.RetryAttempt);
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("null")]
    [InlineData("{}")]
    public void A_retry_attempt_that_is_not_a_number_counts_as_none_instead_of_spoiling_the_frame(string retry)
    {
        var frame = Parse($$"""{"envelope_id":"e3","type":"events_api","payload":{},"retry_attempt":{{retry}}}""");

        Assert.Equal(("e3", 0), (frame?.EnvelopeId, frame?.RetryAttempt));
    }

    [Fact]
    public void An_empty_envelope_id_is_no_envelope() =>
        Assert.False(Parse("""{"type":"hello","envelope_id":""}""")!.IsEnvelope);

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"hello\"")]
    [InlineData("{}")]
    [InlineData("""{"type":""}""")]
    [InlineData("""{"type":5,"envelope_id":6}""")]
    [InlineData("{not json")]
    [InlineData("")]
    public void What_is_not_a_Socket_Mode_object_is_no_frame(string text) => Assert.Null(Parse(text));

    [Fact]
    public async Task A_frame_sent_in_pieces_is_read_whole()
    {
        var socket = new ScriptedSocket();
        socket.Text("{\"type\":\"hel", endOfMessage: false);
        socket.Text("lo\"}");

        Assert.Equal("hello", (await SocketModeFrame.ReceiveAsync(socket, CancellationToken.None))?.Type);
    }

    [Fact]
    public async Task A_binary_frame_is_no_frame()
    {
        var socket = new ScriptedSocket();
        socket.Binary("""{"type":"hello"}""");

        Assert.Null(await SocketModeFrame.ReceiveAsync(socket, CancellationToken.None));
    }

    [Theory]
    [InlineData(WebSocketCloseStatus.NormalClosure, "bye", "closed by Slack (1000 bye)")]
    [InlineData(WebSocketCloseStatus.EndpointUnavailable, null, "closed by Slack (1001)")]
    [InlineData(null, null, "closed by Slack ()")]
    public async Task A_close_says_how_Slack_closed(WebSocketCloseStatus? status, string? description, string expected)
    {
        var socket = new ScriptedSocket { CloseStatusShown = status, CloseDescriptionShown = description };
        socket.Close();

        var closed = await Assert.ThrowsAsync<SocketModeFrame.ClosedException>(() => SocketModeFrame.ReceiveAsync(socket, CancellationToken.None));

        Assert.Equal(expected, closed.Message);
    }

    [Fact]
    public async Task A_frame_of_four_mebibytes_is_read_and_a_larger_one_refused()
    {
        const int max = 4 * 1024 * 1024;
        var prefix = "{\"type\":\"big\",\"pad\":\"";
        var exact = prefix + new string('a', max - prefix.Length - 2) + "\"}";
        var socket = new ScriptedSocket();
        socket.Text(exact);
        socket.Text(exact[..^2] + "a\"}");

        Assert.Equal("big", (await SocketModeFrame.ReceiveAsync(socket, CancellationToken.None))?.Type);
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => SocketModeFrame.ReceiveAsync(socket, CancellationToken.None));
        Assert.Contains($"a frame over {max} bytes", refused.Message);
    }

    /// <summary>A WebSocket that hands out scripted messages, in pieces of at most 4096 bytes as a real one may.</summary>
    private sealed class ScriptedSocket : WebSocket
    {
        private readonly Queue<(byte[] Bytes, WebSocketMessageType Type, bool End)> script = new();
        private (byte[] Bytes, WebSocketMessageType Type, bool End, int Offset)? current;

        public WebSocketCloseStatus? CloseStatusShown { get; init; }
        public string? CloseDescriptionShown { get; init; }

        public void Text(string text, bool endOfMessage = true) => script.Enqueue((Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage));
        public void Binary(string text) => script.Enqueue((Encoding.UTF8.GetBytes(text), WebSocketMessageType.Binary, true));
        public void Close() => script.Enqueue(([], WebSocketMessageType.Close, true));

        public override Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
        {
            if (current is null)
            {
                var (bytes, type, end) = script.Dequeue();
                current = (bytes, type, end, 0);
            }
            var (data, kind, last, offset) = current.Value;
            var count = Math.Min(Math.Min(buffer.Count, 4096), data.Length - offset);
            data.AsSpan(offset, count).CopyTo(buffer);
            var done = offset + count == data.Length;
            current = done ? null : (data, kind, last, offset + count);
            return Task.FromResult(new WebSocketReceiveResult(count, kind, done && last));
        }

        public override WebSocketCloseStatus? CloseStatus => CloseStatusShown;
        public override string? CloseStatusDescription => CloseDescriptionShown;
        public override WebSocketState State => WebSocketState.Open;
        public override string? SubProtocol => null;
        public override void Abort() { }
        public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) => Task.CompletedTask;
        public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) => Task.CompletedTask;
        public override void Dispose() { }
        public override Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken) =>
            Task.CompletedTask;
    }
}
