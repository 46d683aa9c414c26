using System.Text;
using System.Text.Json.Nodes;
using BrigadeBot.Sandbox.Interaction;

namespace BrigadeBot.Sandbox.Rendering;

/// <summary>
/// One interactive element as a native control. Each carries <c>data-block-id</c> and <c>data-action-id</c>; a control
/// whose value Slack keeps in state has <c>data-field</c> (its type); one that sends block_actions at once has <c>data-act</c>.
/// </summary>
internal static class ElementHtml
{
    public static void Render(StringBuilder html, string blockId, JsonObject element, RenderContext context, bool acts,
        string? describedBy, bool required = false)
    {
        var type = SurfaceElements.Str(element, "type") ?? "";
        var actionId = SurfaceElements.Str(element, "action_id") ?? "";
        var id = context.HtmlId(blockId, actionId);
        var state = context.StateOf(blockId, actionId);
        var common = $"id=\"{id}\" data-block-id=\"{Html.Encode(blockId)}\" data-action-id=\"{Html.Encode(actionId)}\""
            + (acts ? " data-act" : "")
            + (describedBy is null ? "" : $" aria-describedby=\"{describedBy}\"")
            + (required ? " aria-required=\"true\"" : "");
        var field = $"{common} data-field=\"{Html.Encode(type)}\"";
        var placeholder = element["placeholder"] is null ? "" : $" placeholder=\"{BlockKitHtml.PlainText(element["placeholder"])}\"";

        switch (type)
        {
            case "button":
                ButtonHtml.Render(html, element, common, context);
                break;
            case "static_select" or "conversations_select" or "channels_select" or "users_select":
                html.Append($"<select {field}>");
                html.Append($"<option value=\"\">{(element["placeholder"] is null ? SandboxTexts.ChooseOption : BlockKitHtml.PlainText(element["placeholder"]))}</option>");
                OptionsHtml.Select(html, element, type, context, OptionsHtml.Chosen(element, state));
                html.Append("</select>");
                break;
            case "multi_static_select" or "multi_users_select" or "multi_conversations_select" or "multi_channels_select":
                html.Append($"<select multiple {field}>");
                OptionsHtml.Select(html, element, type, context, OptionsHtml.Chosen(element, state));
                html.Append("</select>");
                break;
            case "external_select":
                OptionsHtml.External(html, element, field, id, placeholder, state);
                break;
            case "overflow":
                html.Append($"<select {common} data-overflow aria-label=\"Plus d'options\"><option value=\"\">⋯</option>");
                OptionsHtml.Select(html, element, type, context, new HashSet<string>());
                html.Append("</select>");
                break;
            case "checkboxes" or "radio_buttons":
                OptionsHtml.Group(html, element, type, field, id, context, OptionsHtml.Chosen(element, state));
                break;
            case "datepicker":
                html.Append($"<input type=\"date\" {field} value=\"{Html.Encode(Initial(state, "selected_date") ?? SurfaceElements.Str(element, "initial_date"))}\">");
                break;
            case "timepicker":
                html.Append($"<input type=\"time\" {field} value=\"{Html.Encode(Initial(state, "selected_time") ?? SurfaceElements.Str(element, "initial_time"))}\">");
                break;
            case "plain_text_input":
                TextInput(html, element, field, placeholder, Initial(state, "value"));
                break;
            case "url_text_input" or "email_text_input" or "number_input":
                var kind = type switch { "url_text_input" => "url", "email_text_input" => "email", _ => "text" };
                var mode = type == "number_input" ? $" inputmode=\"{(element["is_decimal_allowed"]?.GetValue<bool>() == true ? "decimal" : "numeric")}\"" : "";
                var value = Initial(state, "value") ?? SurfaceElements.Str(element, "initial_value");
                html.Append($"<input type=\"{kind}\"{mode} {field}{placeholder} value=\"{Html.Encode(value)}\">");
                break;
            default:
                html.Append($"<span class=\"sb-unsupported\">[{Html.Encode(type)}&nbsp;: {SandboxTexts.Unsupported}]</span>");
                break;
        }
    }

    private static void TextInput(StringBuilder html, JsonObject element, string field, string placeholder, string? typed)
    {
        var value = typed ?? SurfaceElements.Str(element, "initial_value");
        var limits = (element["max_length"] is { } max ? $" maxlength=\"{max}\"" : "")
            + (element["min_length"] is { } min ? $" data-min-length=\"{min}\"" : "");
        if (element["multiline"]?.GetValue<bool>() == true)
            html.Append($"<textarea rows=\"4\" {field}{placeholder}{limits}>{Html.Encode(value)}</textarea>");
        else
            html.Append($"<input type=\"text\" {field}{placeholder}{limits} value=\"{Html.Encode(value)}\">");
    }

    /// <summary>A value from the state kept for this element: what the person typed before wins over the initial value.</summary>
    private static string? Initial(JsonObject? state, string name) => state is null ? null : SurfaceElements.Str(state, name) ?? "";
}
