using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Codev;

namespace BrigadeBot.Tests.Features.Codev;

/// <summary>Clicks and modal submissions as Slack sends them, built from the real fixtures.</summary>
public static class CodevSlack
{
    public const string Channel = "C0CODEV";

    /// <summary>A button click by <paramref name="userId"/> on a message of <paramref name="channelId"/>.</summary>
    public static Task<HttpResponseMessage> ClickAsync(this BrigadeHost host, string actionId, string value, string userId,
        string channelId = Channel, string messageTs = "1764511200.000001")
    {
        var payload = SlackFixtures.Json("block_actions_button.json");
        payload["user"]!["id"] = userId;
        payload["container"] = new JsonObject
        {
            ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channelId, ["is_ephemeral"] = false,
        };
        payload["channel"]!["id"] = channelId;
        payload["response_url"] = host.Slack.ResponseUrl("actions-" + userId);
        var action = payload["actions"]![0]!;
        action["action_id"] = actionId;
        action["value"] = value;
        return host.InteractionAsync(payload);
    }

    /// <summary>The last view the bot opened with views.open.</summary>
    public static JsonObject OpenedView(this FakeSlackServer slack) =>
        slack.CallsTo("views.open").Last().Arguments["view"]!.AsObject();

    /// <summary>Submits <paramref name="view"/> (as the bot opened it) with the given state, keyed by block_id.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this BrigadeHost host, JsonObject view, string userId,
        Dictionary<string, JsonObject> values)
    {
        var payload = SlackFixtures.Json("view_submission.json");
        payload["user"]!["id"] = userId;
        var submitted = payload["view"]!;
        submitted["callback_id"] = view["callback_id"]?.GetValue<string>();
        submitted["private_metadata"] = view["private_metadata"]?.GetValue<string>() ?? "";
        submitted["blocks"] = view["blocks"]!.DeepClone();
        var state = new JsonObject();
        foreach (var (blockId, value) in values) state[blockId] = new JsonObject { [CodevIds.Input] = value };
        submitted["state"] = new JsonObject { ["values"] = state };
        return host.InteractionAsync(payload);
    }

    public static JsonObject Text(string? value) => new() { ["type"] = "plain_text_input", ["value"] = value };
    public static JsonObject Number(string value) => new() { ["type"] = "number_input", ["value"] = value };
    public static JsonObject Url(string value) => new() { ["type"] = "url_text_input", ["value"] = value };
    public static JsonObject Date(string value) => new() { ["type"] = "datepicker", ["selected_date"] = value };
    public static JsonObject Time(string value) => new() { ["type"] = "timepicker", ["selected_time"] = value };

    public static JsonObject Select(string value) => new()
    {
        ["type"] = "static_select",
        ["selected_option"] = new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = value }, ["value"] = value },
    };

    public static JsonObject Checked(params string[] values) => new()
    {
        ["type"] = "checkboxes",
        ["selected_options"] = new JsonArray(values.Select(v => (JsonNode)new JsonObject
        {
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = v }, ["value"] = v,
        }).ToArray()),
    };

    /// <summary>JSON as a person would read it: accents and angle brackets unescaped, for text assertions.</summary>
    public static string Readable(this JsonNode node) => SlackCall.Unescaped(node.ToJsonString(ReadableJson));

    private static readonly System.Text.Json.JsonSerializerOptions ReadableJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The ephemeral replies (through response_url) a member received.</summary>
    public static IReadOnlyList<string> RepliesTo(this FakeSlackServer slack, string userId) =>
        slack.CallsTo("(response_url)").Where(c => c.Arg("url")!.EndsWith("/actions-" + userId)).Select(c => c.AllText).ToList();
}
