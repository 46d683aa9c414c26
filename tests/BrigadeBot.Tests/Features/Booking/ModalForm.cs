using System.Text.Json;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>
/// Fills a modal the bot opened the way a person (or the outside harness) does: finds each input by its French label,
/// starts from the elements' initial values, and builds the view_submission Slack would send.
/// </summary>
public sealed class ModalForm
{
    private readonly JsonObject view;
    private readonly JsonObject values = new();

    public ModalForm(JsonObject view, string viewId = "V0MODAL")
    {
        this.view = view;
        ViewId = viewId;
        foreach (var block in Inputs()) Initial(block);
    }

    public string ViewId { get; }
    public JsonObject View => view;

    public static ModalForm From(SlackCall call, string viewId = "V0MODAL")
    {
        var node = call.Arguments["view"]!;
        var view = node is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? JsonNode.Parse(v.GetValue<string>())!.AsObject()
            : node.DeepClone().AsObject();
        return new ModalForm(view, call.Arg("view_id") ?? viewId);
    }

    public IEnumerable<JsonObject> Inputs() => view["blocks"]!.AsArray().OfType<JsonObject>().Where(b => b["type"]!.ToString() == "input");

    public JsonObject Input(string label) =>
        Inputs().SingleOrDefault(b => b["label"]!["text"]!.ToString() == label) ?? throw new InvalidOperationException($"No input labelled « {label} ».");

    public bool Has(string label) => Inputs().Any(b => b["label"]!["text"]!.ToString() == label);

    /// <summary>The option texts of the select labelled <paramref name="label"/>.</summary>
    public IReadOnlyList<string> Options(string label) =>
        Input(label)["element"]!["options"]!.AsArray().Select(o => o!["text"]!["text"]!.ToString()).ToList();

    /// <summary>Types or picks <paramref name="value"/>; for selects, an option whose text or value starts with it.</summary>
    public ModalForm Set(string label, string value)
    {
        var block = Input(label);
        var element = block["element"]!.AsObject();
        var type = element["type"]!.ToString();
        JsonObject state = new() { ["type"] = type };
        switch (type)
        {
            case "datepicker": state["selected_date"] = value; break;
            case "timepicker": state["selected_time"] = value; break;
            case "static_select" or "radio_buttons": state["selected_option"] = Find(element, value); break;
            case "multi_static_select" or "checkboxes":
                state["selected_options"] = new JsonArray(value.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(v => (JsonNode)Find(element, v)).ToArray());
                break;
            default: state["value"] = value; break;
        }
        Put(block, state);
        return this;
    }

    public JsonObject Submission(string userId, string? privateMetadata = null)
    {
        var payload = SlackFixtures.Json("view_submission.json");
        payload["user"]!["id"] = userId;
        var submitted = payload["view"]!.AsObject();
        submitted["id"] = ViewId;
        submitted["callback_id"] = view["callback_id"]?.DeepClone();
        submitted["private_metadata"] = privateMetadata ?? view["private_metadata"]?.DeepClone() ?? "";
        submitted["blocks"] = view["blocks"]!.DeepClone();
        submitted["state"] = new JsonObject { ["values"] = values.DeepClone() };
        return payload;
    }

    /// <summary>The block_actions Slack sends when a dispatching select of this modal changes.</summary>
    public JsonObject SelectAction(string userId, string label, string value)
    {
        Set(label, value);
        var block = Input(label);
        var blockId = block["block_id"]!.ToString();
        var actionId = block["element"]!["action_id"]!.ToString();
        var selected = values[blockId]![actionId]!["selected_option"]!.DeepClone();
        return new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = "member", ["team_id"] = "T0TEAM" },
            ["api_app_id"] = "A0BRIGADE",
            ["trigger_id"] = "1.2.action",
            ["team"] = new JsonObject { ["id"] = "T0TEAM", ["domain"] = "brigade" },
            ["container"] = new JsonObject { ["type"] = "view", ["view_id"] = ViewId },
            ["view"] = new JsonObject
            {
                ["id"] = ViewId, ["type"] = "modal", ["hash"] = "1.hash", ["callback_id"] = view["callback_id"]?.DeepClone(),
                ["private_metadata"] = view["private_metadata"]?.DeepClone(), ["blocks"] = view["blocks"]!.DeepClone(),
                ["state"] = new JsonObject { ["values"] = values.DeepClone() },
            },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "static_select", ["action_id"] = actionId, ["block_id"] = blockId, ["selected_option"] = selected,
                ["action_ts"] = "1.2",
            }),
        };
    }

    private void Initial(JsonObject block)
    {
        var element = block["element"]!.AsObject();
        var type = element["type"]!.ToString();
        JsonObject state = new() { ["type"] = type };
        if (element["initial_date"] is { } d) state["selected_date"] = d.DeepClone();
        else if (element["initial_time"] is { } t) state["selected_time"] = t.DeepClone();
        else if (element["initial_value"] is { } v) state["value"] = v.DeepClone();
        else if (element["initial_option"] is { } o) state["selected_option"] = o.DeepClone();
        else if (element["initial_options"] is { } os) state["selected_options"] = os.DeepClone();
        else return;
        Put(block, state);
    }

    private void Put(JsonObject block, JsonObject state) =>
        values[block["block_id"]!.ToString()] = new JsonObject { [block["element"]!["action_id"]!.ToString()] = state };

    private static JsonObject Find(JsonObject element, string wanted)
    {
        var option = element["options"]!.AsArray().OfType<JsonObject>().FirstOrDefault(o =>
            o["value"]!.ToString() == wanted || o["text"]!["text"]!.ToString().StartsWith(wanted, StringComparison.Ordinal));
        return (option ?? throw new InvalidOperationException($"No option « {wanted} »")).DeepClone().AsObject();
    }
}
