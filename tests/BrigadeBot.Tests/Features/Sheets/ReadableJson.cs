using Brigade.Slack.Testing;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BrigadeBot.Tests.Features.Sheets;

internal static class ReadableJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>JSON with accents and mrkdwn characters as they are, for Contains checks.</summary>
    public static string Readable(this JsonNode node) => SlackCall.Unescaped(node.ToJsonString(Options));
}
