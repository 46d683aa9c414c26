using System.Text;
using BrigadeBot.Sandbox.Workspace;

namespace BrigadeBot.Sandbox.Rendering;

/// <summary>A conversation as one person sees it: every message, their own ephemeral ones marked, files to download.</summary>
public static class MessageListHtml
{
    public static string Render(IEnumerable<SandboxMessage> messages, RenderContext context, Func<DateTimeOffset, string> time)
    {
        var html = new StringBuilder();
        foreach (var message in messages)
        {
            var author = message.Author is null ? SandboxTexts.BotName : context.PersonName(message.Author);
            html.Append($"<article class=\"sb-message{(message.IsEphemeral ? " sb-ephemeral" : "")}{(message.Author is null ? " sb-from-bot" : "")}\"");
            html.Append($" data-surface=\"message\" data-message-key=\"{message.Key}\">");
            html.Append($"<header><span class=\"sb-author\">{Html.Encode(author)}</span> <time>{Html.Encode(time(message.At))}</time>");
            if (message.IsEphemeral) html.Append($" <span class=\"sb-only-you\">{SandboxTexts.OnlyYou}</span>");
            html.Append("</header>");
            if (message.Caption is not null) html.Append($"<p class=\"sb-caption\"><code>{Html.Encode(message.Caption)}</code></p>");
            var body = BlockKitHtml.Message(message.Text, message.Blocks, context with { IdPrefix = $"m{message.Key}" });
            html.Append($"<div class=\"sb-body\">{body}</div>");
            foreach (var file in message.Files)
                html.Append($"<p class=\"sb-file\">📎 {Html.Encode(file.Title)} <a href=\"/sandbox/files/{Uri.EscapeDataString(file.Id)}\" download>{SandboxTexts.Download} ({Html.Encode(file.Name)}, {file.Content.Length} o)</a></p>");
            if (message.Reactions.Count > 0)
                html.Append($"<p class=\"sb-reactions\">{string.Join(' ', message.Reactions.Select(r => Emoji.Replace(Html.Encode($":{r}:"))))}</p>");
            html.Append("</article>");
        }
        return html.Length == 0 ? $"<p class=\"sb-empty\">{SandboxTexts.EmptyConversation}</p>" : html.ToString();
    }
}
