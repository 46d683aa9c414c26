using System.Collections.Concurrent;
using System.Text.Json;
using Brigade.Slack.Inbound;
using Brigade.Slack.Payloads;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.SocketMode;

/// <summary>
/// Turns an envelope into the acknowledgement to send: the same dispatch as the HTTP endpoints. An envelope
/// id seen in the last <see cref="Window"/> is not dispatched again: its redelivery (after a lost ack, or on
/// another connection) gets the first delivery's acknowledgement.
/// </summary>
public sealed class SocketModeInbound(SlackDispatcher dispatcher, TimeProvider time, ILogger<SocketModeInbound> log)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, (Task<SlackAck> Ack, DateTimeOffset At)> recent = new(StringComparer.Ordinal);

    internal async Task<byte[]> AcknowledgeAsync(SocketModeFrame envelope, CancellationToken ct)
    {
        var ack = await AckFor(envelope, ct);
        return SocketModeAck.Write(envelope.EnvelopeId!, ack, envelope.AcceptsResponsePayload);
    }

    private Task<SlackAck> AckFor(SocketModeFrame envelope, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        foreach (var old in recent.Where(e => now - e.Value.At > Window).Select(e => e.Key).ToArray())
            recent.TryRemove(old, out _);

        var first = new TaskCompletionSource<SlackAck>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!recent.TryAdd(envelope.EnvelopeId!, (first.Task, now)))
        {
            log.LogInformation("Socket Mode envelope {EnvelopeId} ({Type}, retry {Retry}) already received; acknowledged again",
                envelope.EnvelopeId, envelope.Type, envelope.RetryAttempt);
            return recent.TryGetValue(envelope.EnvelopeId!, out var seen) ? seen.Ack : Task.FromResult(SlackAck.Empty);
        }
        _ = CompleteAsync(first, envelope, ct);
        return first.Task;
    }

    private async Task CompleteAsync(TaskCompletionSource<SlackAck> ack, SocketModeFrame envelope, CancellationToken ct)
    {
        try
        {
            ack.SetResult(await DispatchAsync(envelope, ct));
        }
        catch (Exception ex)
        {
            // The dispatcher answers handler failures itself; this is a malformed payload or a shutdown.
            log.LogWarning("Socket Mode envelope {EnvelopeId} ({Type}) not dispatched: {Reason}", envelope.EnvelopeId, envelope.Type, ex.Message);
            ack.SetResult(SlackAck.BadRequest);
        }
    }

    private async Task<SlackAck> DispatchAsync(SocketModeFrame envelope, CancellationToken ct)
    {
        if (envelope.Payload.ValueKind != JsonValueKind.Object)
        {
            log.LogInformation("Socket Mode envelope {EnvelopeId} ({Type}) has no payload", envelope.EnvelopeId, envelope.Type);
            return SlackAck.BadRequest;
        }
        switch (envelope.Type)
        {
            case "slash_commands":
                var payload = envelope.Payload;
                var command = SlashCommand.FromFields(name => Field(payload, name));
                if (command.Command.Length == 0 || command.UserId.Length == 0) return SlackAck.BadRequest;
                return await dispatcher.DispatchCommandAsync(command, ct);
            case "interactive":
                return await dispatcher.DispatchInteractionAsync(envelope.Payload, ct);
            case "events_api":
                return await dispatcher.DispatchEventAsync(envelope.Payload, ct);
            default:
                log.LogDebug("Ignored Socket Mode envelope of type {Type}", envelope.Type);
                return SlackAck.Empty;
        }
    }

    /// <summary>A command field as the form would carry it: JSON strings as they are, booleans and numbers as text.</summary>
    private static string? Field(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
