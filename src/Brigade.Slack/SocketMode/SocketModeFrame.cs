using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace Brigade.Slack.SocketMode;

/// <summary>
/// One text frame from Slack: <c>hello</c>, <c>disconnect</c> (with its reason) or an envelope
/// (<c>events_api</c>, <c>slash_commands</c>, <c>interactive</c>…) to acknowledge by its <c>envelope_id</c>.
/// </summary>
internal sealed record SocketModeFrame(
    string Type,
    string? EnvelopeId = null,
    JsonElement Payload = default,
    bool AcceptsResponsePayload = false,
    int RetryAttempt = 0,
    string? Reason = null)
{
    public const string Hello = "hello";
    public const string Disconnect = "disconnect";

    private const int MaxBytes = 4 * 1024 * 1024;

    public bool IsEnvelope => !string.IsNullOrEmpty(EnvelopeId);

    /// <summary>
    /// Reads the next message: the frame, or <c>null</c> when it is not Socket Mode JSON. Throws
    /// <see cref="ClosedException"/> when Slack closes the socket.
    /// </summary>
    public static async Task<SocketModeFrame?> ReceiveAsync(WebSocket socket, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), ct);
            if (result.MessageType == WebSocketMessageType.Close)
                throw new ClosedException($"closed by Slack ({(int?)socket.CloseStatus} {socket.CloseStatusDescription})".Replace(" )", ")"));
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxBytes) throw new WebSocketException($"a frame over {MaxBytes} bytes");
            if (result.EndOfMessage) return result.MessageType == WebSocketMessageType.Text ? Parse(buffer.WrittenMemory) : null;
        }
    }

    /// <summary>Parses a frame; <c>null</c> when it is not a JSON object with a type or an envelope id.</summary>
    public static SocketModeFrame? Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            var type = Text(root, "type") ?? "";
            var envelopeId = Text(root, "envelope_id");
            if (type.Length == 0 && envelopeId is null) return null;
            return new SocketModeFrame(
                type,
                envelopeId,
                root.TryGetProperty("payload", out var payload) ? payload.Clone() : default,
                root.TryGetProperty("accepts_response_payload", out var accepts) && accepts.ValueKind == JsonValueKind.True,
                root.TryGetProperty("retry_attempt", out var retry) && retry.ValueKind == JsonValueKind.Number && retry.TryGetInt32(out var attempt)
                    ? attempt
                    : 0,
                Text(root, "reason"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public sealed class ClosedException(string message) : Exception(message);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
