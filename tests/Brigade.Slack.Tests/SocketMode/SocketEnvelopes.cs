using System.Text.Json.Nodes;
using Brigade.Slack.Testing;

namespace Brigade.Slack.Tests.SocketMode;

/// <summary>Socket Mode envelopes built from the real fixtures.</summary>
internal static class SocketEnvelopes
{
    public static JsonObject Command(string text, string envelopeId = "env-command-1")
    {
        var envelope = SlackFixtures.Json("socket_slash_commands_envelope.json");
        envelope["envelope_id"] = envelopeId;
        envelope["payload"]!["command"] = "/brigade";
        envelope["payload"]!["text"] = text;
        return envelope;
    }

    public static JsonObject ViewSubmission(string envelopeId = "env-view-1") => new()
    {
        ["envelope_id"] = envelopeId,
        ["type"] = "interactive",
        ["accepts_response_payload"] = true,
        ["payload"] = SlackFixtures.Json("view_submission.json"),
    };

    public static JsonObject Event(string envelopeId, string eventId = "Ev0SOCKET1", int retryAttempt = 0)
    {
        var envelope = SlackFixtures.Json("socket_events_api_envelope.json");
        envelope["envelope_id"] = envelopeId;
        envelope["retry_attempt"] = retryAttempt;
        envelope["payload"]!["event_id"] = eventId;
        return envelope;
    }
}
