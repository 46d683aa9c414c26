using System.Text;
using System.Text.Json.Nodes;
using BrigadeBot.Sandbox.Interaction;

namespace BrigadeBot.Sandbox.Rendering;

/// <summary>
/// Renders the Block Kit JSON the bot sent (not our records: exactly what Slack would receive) as accessible HTML.
/// Interactive elements carry their block_id and action_id for the page's script.
/// </summary>
public static class BlockKitHtml
{
    /// <summary>A message: its blocks, or its text when it has none (as Slack shows it).</summary>
    public static string Message(string? text, JsonArray? blocks, RenderContext context) =>
        blocks is { Count: > 0 } ? Blocks(blocks, context) : $"<div class=\"sb-text\">{MrkdwnHtml.Render(text, context)}</div>";

    public static string Blocks(JsonArray? blocks, RenderContext context)
    {
        var html = new StringBuilder();
        var index = 0;
        foreach (var block in (blocks ?? []).OfType<JsonObject>())
        {
            var blockId = SurfaceElements.BlockIdOf(block, index++);
            html.Append($"<div class=\"sb-block\" data-block-id=\"{Html.Encode(blockId)}\">");
            Block(html, block, blockId, context);
            html.Append("</div>");
        }
        return html.ToString();
    }

    /// <summary>A text object: plain text encoded (with emoji), mrkdwn rendered.</summary>
    public static string Text(JsonNode? text, RenderContext context) => text switch
    {
        JsonObject t when SurfaceElements.Str(t, "type") == "mrkdwn" => MrkdwnHtml.Render(SurfaceElements.Str(t, "text"), context),
        JsonObject t => Emoji.Replace(Html.Encode(SurfaceElements.Str(t, "text"))),
        JsonValue v => Emoji.Replace(Html.Encode(v.ToString())),
        _ => "",
    };

    /// <summary>A text object as plain text (inside an option or a label, where markup cannot go).</summary>
    public static string PlainText(JsonNode? text) =>
        Emoji.Replace(Html.Encode(SurfaceElements.Str(text as JsonObject, "text") ?? text?.ToString()));

    private static void Block(StringBuilder html, JsonObject block, string blockId, RenderContext context)
    {
        switch (SurfaceElements.Str(block, "type"))
        {
            case "section":
                html.Append("<div class=\"sb-section\"><div class=\"sb-section-body\">");
                if (block["text"] is not null) html.Append($"<div class=\"sb-text\">{Text(block["text"], context)}</div>");
                if (block["fields"] is JsonArray fields)
                {
                    html.Append("<div class=\"sb-fields\">");
                    foreach (var field in fields) html.Append($"<div class=\"sb-field\">{Text(field, context)}</div>");
                    html.Append("</div>");
                }
                html.Append("</div>");
                if (block["accessory"] is JsonObject accessory)
                {
                    html.Append("<div class=\"sb-accessory\">");
                    ElementHtml.Render(html, blockId, accessory, context, acts: true, describedBy: null);
                    html.Append("</div>");
                }
                html.Append("</div>");
                break;
            case "header":
                html.Append($"<h3 class=\"sb-header\">{PlainText(block["text"])}</h3>");
                break;
            case "context":
                html.Append("<div class=\"sb-context\">");
                foreach (var element in (block["elements"] as JsonArray ?? []).OfType<JsonObject>())
                    html.Append(SurfaceElements.Str(element, "type") == "image"
                        ? $"<span class=\"sb-image-alt\">[{Html.Encode(SurfaceElements.Str(element, "alt_text"))}]</span>"
                        : $"<span>{Text(element, context)}</span>");
                html.Append("</div>");
                break;
            case "divider":
                html.Append("<hr class=\"sb-divider\">");
                break;
            case "actions":
                html.Append("<div class=\"sb-actions\" role=\"group\">");
                foreach (var element in (block["elements"] as JsonArray ?? []).OfType<JsonObject>())
                    ElementHtml.Render(html, blockId, element, context, acts: true, describedBy: null);
                html.Append("</div>");
                break;
            case "input":
                InputHtml.Render(html, block, blockId, context);
                break;
            case "image":
                Image(html, block);
                break;
            default:
                html.Append($"<p class=\"sb-unsupported\">[{Html.Encode(SurfaceElements.Str(block, "type"))}&nbsp;: {SandboxTexts.Unsupported}]</p>");
                break;
        }
    }

    /// <summary>The page works offline: an image is shown as its description, linked to its address.</summary>
    private static void Image(StringBuilder html, JsonObject block)
    {
        var alt = Html.Encode(SurfaceElements.Str(block, "alt_text"));
        var url = SurfaceElements.Str(block, "image_url");
        html.Append("<figure class=\"sb-image\">");
        html.Append(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"<a href=\"{Html.Encode(uri.AbsoluteUri)}\" target=\"_blank\" rel=\"noopener noreferrer\">[image&nbsp;: {alt}]</a>"
            : $"[image&nbsp;: {alt}]");
        if (block["title"] is not null) html.Append($"<figcaption>{PlainText(block["title"])}</figcaption>");
        html.Append("</figure>");
    }
}
