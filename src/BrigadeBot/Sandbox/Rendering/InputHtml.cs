using System.Text;
using System.Text.Json.Nodes;
using BrigadeBot.Sandbox.Interaction;

namespace BrigadeBot.Sandbox.Rendering;

/// <summary>An input block: its label, element, hint, « (facultatif) », and the error the bot or Slack put under it.</summary>
internal static class InputHtml
{
    private static readonly HashSet<string> Groups = ["checkboxes", "radio_buttons", "external_select"];

    public static void Render(StringBuilder html, JsonObject block, string blockId, RenderContext context)
    {
        if (block["element"] is not JsonObject element) return;
        var actionId = SurfaceElements.Str(element, "action_id") ?? "";
        var id = context.HtmlId(blockId, actionId);
        var error = context.Errors.GetValueOrDefault(blockId);
        var describedBy = string.Join(' ', new[] { block["hint"] is null ? null : id + "-hint", error is null ? null : id + "-error" }
            .OfType<string>());
        var optional = block["optional"]?.GetValue<bool>() == true
            ? $" <span class=\"sb-optional\">{SandboxTexts.Optional}</span>"
            : "";
        var isGroup = Groups.Contains(SurfaceElements.Str(element, "type") ?? "");

        html.Append($"<div class=\"sb-input{(error is null ? "" : " sb-has-error")}\" data-input-block=\"{Html.Encode(blockId)}\">");
        // « (facultatif) » stays out of the label: a field is found by its label alone, as in Slack.
        html.Append("<div class=\"sb-label-line\">");
        html.Append(isGroup
            ? $"<span class=\"sb-label\" id=\"{id}-label\">{BlockKitHtml.PlainText(block["label"])}</span>"
            : $"<label class=\"sb-label\" for=\"{id}\">{BlockKitHtml.PlainText(block["label"])}</label>");
        html.Append(optional).Append("</div>");
        ElementHtml.Render(html, blockId, element, context, acts: block["dispatch_action"]?.GetValue<bool>() == true,
            describedBy: describedBy.Length == 0 ? null : describedBy, required: optional.Length == 0);
        if (block["hint"] is not null) html.Append($"<p class=\"sb-hint\" id=\"{id}-hint\">{BlockKitHtml.PlainText(block["hint"])}</p>");
        if (error is not null) html.Append($"<p class=\"sb-error\" id=\"{id}-error\" role=\"alert\">{Html.Encode(error)}</p>");
        html.Append("</div>");
    }
}
