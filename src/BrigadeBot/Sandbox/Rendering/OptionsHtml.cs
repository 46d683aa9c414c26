using System.Text;
using System.Text.Json.Nodes;
using BrigadeBot.Sandbox.Interaction;

namespace BrigadeBot.Sandbox.Rendering;

/// <summary>The choices of selects, checkbox and radio groups, and which of them are chosen.</summary>
internal static class OptionsHtml
{
    /// <summary>Options of a static select (with its groups), or the people and channels of the user and conversation pickers.</summary>
    public static void Select(StringBuilder html, JsonObject element, string type, RenderContext context, IReadOnlySet<string> chosen)
    {
        if (type.Contains("users")) Pairs(html, context.People, chosen);
        else if (type.Contains("conversations") || type.Contains("channels")) Pairs(html, context.Channels, chosen);
        else
        {
            foreach (var option in (element["options"] as JsonArray ?? []).OfType<JsonObject>()) Option(html, option, chosen);
            foreach (var group in (element["option_groups"] as JsonArray ?? []).OfType<JsonObject>())
            {
                html.Append($"<optgroup label=\"{BlockKitHtml.PlainText(group["label"])}\">");
                foreach (var option in (group["options"] as JsonArray ?? []).OfType<JsonObject>()) Option(html, option, chosen);
                html.Append("</optgroup>");
            }
        }
    }

    public static void Group(StringBuilder html, JsonObject element, string type, string field, string id, RenderContext context,
        IReadOnlySet<string> chosen)
    {
        var input = type == "checkboxes" ? "checkbox" : "radio";
        html.Append($"<div role=\"{(input == "radio" ? "radiogroup" : "group")}\" aria-labelledby=\"{id}-label\" class=\"sb-choices\" {field}>");
        var n = 0;
        foreach (var option in SurfaceElements.Options(element))
        {
            var value = SurfaceElements.Str(option, "value") ?? "";
            var description = option["description"] is null ? "" : $"<span class=\"sb-option-description\">{BlockKitHtml.Text(option["description"], context)}</span>";
            html.Append($"<label class=\"sb-choice\"><input type=\"{input}\" name=\"{id}\" id=\"{id}-{n++}\" value=\"{Html.Encode(value)}\"{(chosen.Contains(value) ? " checked" : "")}>");
            html.Append($"<span>{BlockKitHtml.Text(option["text"], context)}{description}</span></label>");
        }
        html.Append("</div>");
    }

    /// <summary>An external select: a search box that asks the bot (block_suggestion), and the list it answered.</summary>
    public static void External(StringBuilder html, JsonObject element, string field, string id, string placeholder, JsonObject? state)
    {
        var chosen = state?["selected_option"] as JsonObject ?? (state is null ? element["initial_option"] as JsonObject : null);
        html.Append($"<div class=\"sb-external\" role=\"group\" aria-labelledby=\"{id}-label\" {field.Replace($"id=\"{id}\" ", "")}>");
        html.Append($"<input type=\"search\" id=\"{id}\" data-suggest-query aria-label=\"{SandboxTexts.Search}\"{placeholder}>");
        html.Append($"<button type=\"button\" class=\"sb-btn\" data-suggest>{SandboxTexts.Search}</button>");
        html.Append($"<select data-external-choice aria-label=\"{SandboxTexts.ChooseOption}\"><option value=\"\">{SandboxTexts.ChooseOption}</option>");
        if (chosen is not null) Option(html, chosen, new HashSet<string> { SurfaceElements.Str(chosen, "value") ?? "" });
        html.Append("</select></div>");
    }

    /// <summary>The values chosen: those kept in state if any, else the element's initial ones.</summary>
    public static IReadOnlySet<string> Chosen(JsonObject element, JsonObject? state)
    {
        var source = state ?? element;
        var many = source["selected_options"] ?? source["initial_options"];
        var ids = source["selected_users"] ?? source["selected_conversations"] ?? source["selected_channels"]
            ?? source["initial_users"] ?? source["initial_conversations"] ?? source["initial_channels"];
        IEnumerable<string?> values = many is JsonArray options
            ? options.Select(o => SurfaceElements.Str(o as JsonObject, "value"))
            : ids is JsonArray list
                ? list.Select(i => i?.ToString())
                : [SurfaceElements.Str((source["selected_option"] ?? source["initial_option"]) as JsonObject, "value")
                    ?? SurfaceElements.Str(source, "selected_conversation") ?? SurfaceElements.Str(source, "selected_channel")
                    ?? SurfaceElements.Str(source, "selected_user") ?? SurfaceElements.Str(source, "initial_conversation")
                    ?? SurfaceElements.Str(source, "initial_channel") ?? SurfaceElements.Str(source, "initial_user")];
        return values.OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    private static void Option(StringBuilder html, JsonObject option, IReadOnlySet<string> chosen)
    {
        var value = SurfaceElements.Str(option, "value") ?? "";
        html.Append($"<option value=\"{Html.Encode(value)}\"{(chosen.Contains(value) ? " selected" : "")}>{BlockKitHtml.PlainText(option["text"])}</option>");
    }

    private static void Pairs(StringBuilder html, IEnumerable<KeyValuePair<string, string>> pairs, IReadOnlySet<string> chosen)
    {
        foreach (var (value, name) in pairs)
            html.Append($"<option value=\"{Html.Encode(value)}\"{(chosen.Contains(value) ? " selected" : "")}>{Html.Encode(name)}</option>");
    }
}
