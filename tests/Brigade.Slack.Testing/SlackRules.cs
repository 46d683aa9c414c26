using System.Text.Json;
using System.Text.Json.Nodes;

namespace Brigade.Slack.Testing;

/// <summary>What Slack refuses, checked by the fake on every call: required arguments and the main Block Kit limits.</summary>
public static class SlackRules
{
    private static readonly Dictionary<string, string[]> Required = new(StringComparer.Ordinal)
    {
        ["chat.postMessage"] = ["channel"],
        ["chat.postEphemeral"] = ["channel", "user"],
        ["chat.update"] = ["channel", "ts"],
        ["chat.delete"] = ["channel", "ts"],
        ["chat.getPermalink"] = ["channel", "message_ts"],
        ["chat.scheduleMessage"] = ["channel", "post_at"],
        ["conversations.open"] = ["users"],
        ["conversations.join"] = ["channel"],
        ["users.info"] = ["user"],
        ["views.open"] = ["trigger_id", "view"],
        ["views.push"] = ["trigger_id", "view"],
        ["views.update"] = ["view"],
        ["views.publish"] = ["user_id", "view"],
        ["files.getUploadURLExternal"] = ["filename", "length"],
        ["files.completeUploadExternal"] = ["files"],
    };

    /// <summary>Slack's error code for this call, or null when Slack would accept it.</summary>
    public static string? Check(string method, JsonObject args)
    {
        if (args.ContainsKey("(invalid_json)")) return "invalid_json";
        if (Required.TryGetValue(method, out var names) && names.FirstOrDefault(n => IsMissing(args[n])) is not null)
            return method.StartsWith("views.") ? "invalid_arguments" : method == "conversations.open" ? "users_list_not_supplied" : "channel_not_found";
        if (method.StartsWith("chat.post") || method == "chat.update" || method == "chat.scheduleMessage")
        {
            var blocks = args["blocks"] as JsonArray;
            if (IsMissing(args["text"]) && (blocks is null || blocks.Count == 0)) return "no_text";
            if (blocks is not null && (blocks.Count > 50 || !BlocksValid(blocks))) return "invalid_blocks";
        }
        if (method.StartsWith("views."))
        {
            var view = args["view"] is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? JsonNode.Parse(v.GetValue<string>()) as JsonObject
                : args["view"] as JsonObject;
            if (view is null || !ViewValid(view, method)) return "invalid_arguments";
        }
        if (method == "views.update" && IsMissing(args["view_id"]) && IsMissing(args["external_id"])) return "invalid_arguments";
        return null;
    }

    private static bool ViewValid(JsonObject view, string method)
    {
        var type = view["type"]?.ToString();
        if (method == "views.publish" ? type != "home" : type != "modal") return false;
        if (view["blocks"] is not JsonArray blocks || blocks.Count > 100 || !BlocksValid(blocks)) return false;
        if (type == "modal")
        {
            if (TextLength(view["title"]) is < 1 or > 24) return false;
            if (view["submit"] is not null && TextLength(view["submit"]) > 24) return false;
            if (view["close"] is not null && TextLength(view["close"]) > 24) return false;
            if (blocks.Any(b => b?["type"]?.ToString() == "input") && view["submit"] is null) return false;
        }
        return (view["private_metadata"]?.ToString().Length ?? 0) <= 3000;
    }

    private static bool BlocksValid(JsonArray blocks)
    {
        var ids = new HashSet<string>();
        foreach (var block in blocks.OfType<JsonObject>())
        {
            if (block["block_id"]?.ToString() is { } id && (!ids.Add(id) || id.Length > 255)) return false;
            switch (block["type"]?.ToString())
            {
                case "section":
                    if (block["text"] is null && block["fields"] is null) return false;
                    if (block["text"] is not null && TextLength(block["text"]) is < 1 or > 3000) return false;
                    break;
                case "header":
                    if (TextLength(block["text"]) is < 1 or > 150) return false;
                    break;
                case "actions":
                    if (block["elements"] is not JsonArray { Count: >= 1 and <= 25 } elements) return false;
                    if (elements.OfType<JsonObject>().Any(e => e["type"]?.ToString() == "button" && TextLength(e["text"]) > 75)) return false;
                    break;
                case "context":
                    if (block["elements"] is not JsonArray { Count: >= 1 and <= 10 }) return false;
                    break;
                case "input":
                    if (block["element"] is not JsonObject || TextLength(block["label"]) is < 1 or > 2000) return false;
                    break;
                case "divider":
                case "image":
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    private static int TextLength(JsonNode? text) => text?["text"]?.ToString().Length ?? 0;

    private static bool IsMissing(JsonNode? node) =>
        node is null || (node is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrEmpty(v.GetValue<string>()));
}
