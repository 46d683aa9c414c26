using System.Buffers;
using System.Text.Json;
using Brigade.Slack.Inbound;

namespace Brigade.Slack.SocketMode;

/// <summary>
/// Writes the frame that acknowledges an envelope: <c>{"envelope_id":…}</c>, plus the payload an HTTP ack
/// would have carried as its body when the envelope accepts one.
/// </summary>
internal static class SocketModeAck
{
    public static byte[] Write(string envelopeId, SlackAck ack, bool acceptsPayload)
    {
        var buffer = new ArrayBufferWriter<byte>(128 + (ack.Json?.Length ?? 0));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("envelope_id", envelopeId);
            if (acceptsPayload && ack.StatusCode == 200)
            {
                if (ack.Json is { Length: > 0 } json)
                {
                    writer.WritePropertyName("payload");
                    writer.WriteRawValue(json);
                }
                else if (!string.IsNullOrEmpty(ack.PlainText))
                {
                    // Over HTTP a plain-text body is shown as a message; over the socket it must be one.
                    writer.WriteStartObject("payload");
                    writer.WriteString("text", ack.PlainText);
                    writer.WriteEndObject();
                }
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
