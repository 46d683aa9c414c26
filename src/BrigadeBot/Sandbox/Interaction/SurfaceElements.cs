using System.Globalization;
using System.Text.Json.Nodes;

namespace BrigadeBot.Sandbox.Interaction;

/// <summary>Finds the elements of a message, modal or Home view as the bot sent them (the page is never trusted for them).</summary>
public static class SurfaceElements
{
    /// <summary>Element types whose value Slack keeps in <c>state.values</c>.</summary>
    public static readonly IReadOnlySet<string> Stateful = new HashSet<string>(StringComparer.Ordinal)
    {
        "plain_text_input", "url_text_input", "email_text_input", "number_input", "static_select", "external_select",
        "multi_static_select", "checkboxes", "radio_buttons", "datepicker", "timepicker",
        "conversations_select", "channels_select", "users_select", "multi_users_select", "multi_conversations_select",
        "multi_channels_select",
    };

    /// <summary>The block_id Slack would have generated for a block sent without one (stable for one surface).</summary>
    public static string BlockIdOf(JsonObject block, int index) =>
        Str(block, "block_id") ?? "sb-" + index.ToString(CultureInfo.InvariantCulture);

    public static IEnumerable<SurfaceElement> All(JsonArray? blocks)
    {
        var index = 0;
        foreach (var block in (blocks ?? []).OfType<JsonObject>())
        {
            var blockId = BlockIdOf(block, index++);
            var elements = Str(block, "type") switch
            {
                "actions" => (block["elements"] as JsonArray ?? []).OfType<JsonObject>(),
                "section" when block["accessory"] is JsonObject accessory => [accessory],
                "input" when block["element"] is JsonObject element => [element],
                _ => [],
            };
            foreach (var element in elements) yield return new SurfaceElement(blockId, block, element);
        }
    }

    public static SurfaceElement? Find(JsonArray? blocks, string blockId, string actionId) =>
        All(blocks).FirstOrDefault(e => e.BlockId == blockId && e.ActionId == actionId);

    /// <summary>The options of a select, checkbox or radio group, those in option groups included.</summary>
    public static IEnumerable<JsonObject> Options(JsonObject element) =>
        (element["options"] as JsonArray ?? []).OfType<JsonObject>()
            .Concat((element["option_groups"] as JsonArray ?? []).OfType<JsonObject>()
                .SelectMany(g => (g["options"] as JsonArray ?? []).OfType<JsonObject>()));

    public static JsonObject? Option(JsonObject element, string? value) =>
        value is null ? null : Options(element).FirstOrDefault(o => Str(o, "value") == value);

    public static string? Str(JsonObject? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
