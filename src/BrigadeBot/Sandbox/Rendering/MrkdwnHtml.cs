using System.Text.RegularExpressions;

namespace BrigadeBot.Sandbox.Rendering;

/// <summary>
/// Slack's mrkdwn to safe HTML: *gras*, _italique_, ~barré~, `code`, ```bloc```, &gt; citations, http(s) links,
/// mentions shown by name. Everything is HTML-encoded; no link other than http(s) is ever made.
/// </summary>
public static partial class MrkdwnHtml
{
    public static string Render(string? mrkdwn, RenderContext context)
    {
        var held = new List<string>();
        string Hold(string html)
        {
            held.Add(html);
            return $"\u0001{held.Count - 1}\u0002";
        }

        var text = StrayMarks().Replace(mrkdwn ?? "", "");
        text = Preformatted().Replace(text, m => Hold($"<pre>{Plain(m.Groups[1].Value)}</pre>"));
        text = InlineCode().Replace(text, m => Hold($"<code>{Plain(m.Groups[1].Value)}</code>"));
        text = Control().Replace(text, m => Hold(ControlSequence(m.Groups[1].Value, context)));
        var lines = text.Split('\n').Select(line => line.StartsWith('>')
            ? "<blockquote>" + Format(line[1..].TrimStart()) + "</blockquote>"
            : Format(line));
        var html = string.Join("<br>", lines).Replace("</blockquote><br><blockquote>", "<br>");
        return Held().Replace(html, m => held[int.Parse(m.Groups[1].Value)]);
    }

    /// <summary>Text between markers: Slack's three escapes decoded, then HTML-encoded, then styled.</summary>
    private static string Format(string text)
    {
        var html = Plain(text);
        html = Bold().Replace(html, "<strong>$1</strong>");
        html = Italic().Replace(html, "<em>$1</em>");
        html = Strike().Replace(html, "<del>$1</del>");
        return Emoji.Replace(html);
    }

    private static string Plain(string text) =>
        Html.Encode(text.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&"));

    private static string ControlSequence(string inside, RenderContext context)
    {
        var bar = inside.IndexOf('|');
        var target = bar < 0 ? inside : inside[..bar];
        var label = bar < 0 ? null : inside[(bar + 1)..];
        return target switch
        {
            ['@', ..] => Mention("@" + (label ?? context.PersonName(target[1..]))),
            ['#', ..] => Mention("#" + (label ?? context.ChannelName(target[1..]))),
            "!here" or "!channel" or "!everyone" => Mention("@" + target[1..]),
            ['!', ..] => Plain(label ?? target[1..]),
            _ => Link(target.Replace("&amp;", "&"), label),
        };
    }

    private static string Mention(string text) => $"<span class=\"sb-mention\">{Plain(text)}</span>";

    private static string Link(string url, string? label)
    {
        var shown = Plain(label ?? url);
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? $"<a href=\"{Html.Encode(uri.AbsoluteUri)}\" target=\"_blank\" rel=\"noopener noreferrer\">{shown}</a>"
            : shown;
    }

    [GeneratedRegex("[\u0001-\u0003]")] private static partial Regex StrayMarks();
    [GeneratedRegex("```\n?([\\s\\S]*?)```")] private static partial Regex Preformatted();
    [GeneratedRegex("`([^`\n]+)`")] private static partial Regex InlineCode();
    [GeneratedRegex("<([^<>\n]+)>")] private static partial Regex Control();
    [GeneratedRegex("\u0001(\\d+)\u0002")] private static partial Regex Held();
    [GeneratedRegex(@"(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])")] private static partial Regex Bold();
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])")] private static partial Regex Italic();
    [GeneratedRegex(@"(?<![\p{L}\p{N}~])~(?=\S)([^~\n]*?\S)~(?![\p{L}\p{N}~])")] private static partial Regex Strike();
}
