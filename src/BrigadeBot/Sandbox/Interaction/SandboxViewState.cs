using System.Text.Json.Nodes;

namespace BrigadeBot.Sandbox.Interaction;

/// <summary>
/// Builds Slack's <c>state.values</c> from what the page's fields hold, element by element of the surface as the
/// bot sent it: options are Slack's own option objects, and a value the element does not offer is dropped.
/// </summary>
public static class SandboxViewState
{
    /// <summary>
    /// <paramref name="fields"/>: <c>{block_id: {action_id: value}}</c>, a value being a string, an array of strings,
    /// <c>{value, text}</c> (external select) or null.
    /// </summary>
    public static JsonObject Build(JsonArray? blocks, JsonObject? fields)
    {
        var values = new JsonObject();
        foreach (var element in SurfaceElements.All(blocks).Where(e => SurfaceElements.Stateful.Contains(e.Type)))
        {
            var field = fields?[element.BlockId]?[element.ActionId];
            if (values[element.BlockId] is not JsonObject block) values[element.BlockId] = block = new JsonObject();
            block[element.ActionId] = StateOf(element, field);
        }
        return values;
    }

    private static JsonObject StateOf(SurfaceElement element, JsonNode? field)
    {
        var state = new JsonObject { ["type"] = element.Type };
        var text = field is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
        var many = (field as JsonArray ?? []).Select(n => n?.ToString()).OfType<string>().ToArray();
        switch (element.Type)
        {
            case "static_select" or "radio_buttons":
                state["selected_option"] = SurfaceElements.Option(element.Element, text)?.DeepClone();
                break;
            case "external_select":
                state["selected_option"] = field is JsonObject { } chosen && SurfaceElements.Str(chosen, "value") is { } value
                    ? new JsonObject
                    {
                        ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = SurfaceElements.Str(chosen, "text") ?? value, ["emoji"] = true },
                        ["value"] = value,
                    }
                    : null;
                break;
            case "multi_static_select" or "checkboxes":
                state["selected_options"] = new JsonArray(many.Select(m => SurfaceElements.Option(element.Element, m)?.DeepClone())
                    .Where(o => o is not null).ToArray());
                break;
            case "datepicker":
                state["selected_date"] = text;
                break;
            case "timepicker":
                state["selected_time"] = text;
                if (SurfaceElements.Str(element.Element, "timezone") is { } zone) state["timezone"] = zone;
                break;
            case "conversations_select" or "channels_select" or "users_select":
                state[$"selected_{element.Type[..^"s_select".Length]}"] = text; // selected_conversation…
                break;
            case "multi_users_select" or "multi_conversations_select" or "multi_channels_select":
                state[$"selected_{element.Type["multi_".Length..^"_select".Length]}"] = // selected_users…
                    new JsonArray(many.Select(m => (JsonNode)JsonValue.Create(m)!).ToArray());
                break;
            default:
                state["value"] = text;
                break;
        }
        return state;
    }
}
