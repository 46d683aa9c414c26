using System.Text.Json;
using System.Text.Json.Nodes;

namespace Brigade.Slack.WebApi;

/// <summary>
/// Web API arguments as a log may show them: ids, flags and numbers kept; every other string (message texts,
/// members' words, response_urls, tokens, trigger ids) replaced by its length. Safe by default: a new argument is
/// hidden until it is listed here.
/// </summary>
public static class LoggedArguments
{
    private static readonly HashSet<string> Shown = new(StringComparer.Ordinal)
    {
        "type", "channel", "channel_id", "user", "users", "ts", "thread_ts", "message_ts", "view_id", "external_id",
        "callback_id", "hash", "file_id", "id", "action_id", "block_id", "filename", "length", "response_type",
        "replace_original", "delete_original", "unfurl_links", "unfurl_media", "reply_broadcast", "limit", "cursor",
    };

    public static string Redacted(JsonObject arguments) => Redact(arguments, null)!.ToJsonString();

    private static JsonNode? Redact(JsonNode? node, string? name) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Redact(p.Value, p.Key)))),
        JsonArray array => new JsonArray(array.Select(item => Redact(item, name)).ToArray()),
        JsonValue value when value.GetValueKind() == JsonValueKind.String && (name is null || !Shown.Contains(name)) =>
            JsonValue.Create($"({value.GetValue<string>().Length} characters)"),
        _ => node?.DeepClone(),
    };
}
