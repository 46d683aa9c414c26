using System.Globalization;
using System.Text;

namespace Brigade.Slack.BlockKit;

/// <summary>
/// mrkdwn helpers. Every piece of member-typed text that goes into mrkdwn passes through
/// <see cref="Escape"/> exactly once, where the text object is built.
/// </summary>
public static class Mrkdwn
{
    /// <summary>
    /// Escapes Slack's three control characters so that typed <c>&lt;!channel&gt;</c> or
    /// <c>&lt;@U123&gt;</c> shows as text and pings nobody. Nothing else is touched.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            builder.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => c.ToString() });
        return builder.ToString();
    }

    /// <summary>A user mention. Only Slack ids are accepted, never free text.</summary>
    public static string User(string userId) => $"<@{RequireId(userId)}>";

    /// <summary>A channel link.</summary>
    public static string Channel(string channelId) => $"<#{RequireId(channelId)}>";

    /// <summary>A link with an escaped label; the URL must be http(s) and may not contain <c>|</c> or <c>&gt;</c>.</summary>
    public static string Link(string url, string? label = null)
    {
        if (!IsSafeLinkUrl(url)) throw new ArgumentException("Only http(s) URLs without '|', '<' or '>' can be linked.", nameof(url));
        var safeUrl = url.Replace("&", "&amp;");
        return string.IsNullOrEmpty(label) ? $"<{safeUrl}>" : $"<{safeUrl}|{Escape(label)}>";
    }

    /// <summary>Whether a URL can go into a mrkdwn link (http or https, no control characters).</summary>
    public static bool IsSafeLinkUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && url!.IndexOfAny(['|', '<', '>', ' ', '\n', '\r']) < 0;

    /// <summary>A date Slack renders in the viewer's zone, with a fallback for where it cannot.</summary>
    public static string Date(DateTimeOffset when, string format, string fallback) =>
        $"<!date^{when.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}^{format}|{Escape(fallback)}>";

    private static string RequireId(string id)
    {
        if (string.IsNullOrEmpty(id) || !id.All(char.IsAsciiLetterOrDigit))
            throw new ArgumentException($"'{id}' is not a Slack id.", nameof(id));
        return id;
    }
}
