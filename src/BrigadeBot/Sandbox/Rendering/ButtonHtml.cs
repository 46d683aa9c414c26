using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BrigadeBot.Sandbox.Interaction;

namespace BrigadeBot.Sandbox.Rendering;

/// <summary>A button (primary, danger), a link button (http(s) only), with its confirmation dialog when it has one.</summary>
internal static class ButtonHtml
{
    public static void Render(StringBuilder html, JsonObject button, string common, RenderContext context)
    {
        var style = SurfaceElements.Str(button, "style") switch
        {
            "primary" => " sb-btn-primary",
            "danger" => " sb-btn-danger",
            _ => "",
        };
        var label = BlockKitHtml.PlainText(button["text"]);
        var aria = SurfaceElements.Str(button, "accessibility_label") is { } a ? $" aria-label=\"{Html.Encode(a)}\"" : "";
        var url = SurfaceElements.Str(button, "url");
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            html.Append($"<a class=\"sb-btn{style}\" href=\"{Html.Encode(uri.AbsoluteUri)}\" target=\"_blank\" rel=\"noopener noreferrer\"{aria}>{label}</a>");
            return;
        }
        var confirm = button["confirm"] is JsonObject dialog ? $" data-confirm=\"{Html.Encode(Confirm(dialog, context))}\"" : "";
        html.Append($"<button type=\"button\" class=\"sb-btn{style}\" {common} data-button{confirm}{aria}>{label}</button>");
    }

    /// <summary>The dialog's parts, already rendered to safe HTML, for the page's script.</summary>
    internal sealed record ConfirmParts(string Title, string Text, string Confirm, string Deny, bool Danger);

    private static string Confirm(JsonObject dialog, RenderContext context) => JsonSerializer.Serialize(new ConfirmParts(
        BlockKitHtml.PlainText(dialog["title"]),
        BlockKitHtml.Text(dialog["text"], context),
        BlockKitHtml.PlainText(dialog["confirm"]),
        BlockKitHtml.PlainText(dialog["deny"]),
        SurfaceElements.Str(dialog, "style") == "danger"), SandboxJsonContext.Default.ConfirmParts);
}
