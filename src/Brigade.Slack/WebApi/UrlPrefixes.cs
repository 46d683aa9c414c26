namespace Brigade.Slack.WebApi;

/// <summary>Whether a URL Slack handed us lies under one of the configured prefixes (response_url, upload URL).</summary>
public static class UrlPrefixes
{
    public static bool Admit(IEnumerable<string> prefixes, string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && prefixes.Any(prefix => IsUnder(uri, prefix));

    /// <summary>
    /// Compares as URLs, not as strings: a prefix written without its trailing slash
    /// (<c>https://hooks.slack.com</c>) must not admit <c>https://hooks.slack.com.evil.example/</c>.
    /// </summary>
    private static bool IsUnder(Uri url, string prefix)
    {
        if (!Uri.TryCreate(prefix, UriKind.Absolute, out var allowed)) return false;
        if (!string.Equals(url.Scheme, allowed.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(url.IdnHost, allowed.IdnHost, StringComparison.OrdinalIgnoreCase)
            || url.Port != allowed.Port
            || url.UserInfo.Length > 0)
            return false;
        var path = allowed.AbsolutePath;
        return path.EndsWith('/')
            ? url.AbsolutePath.StartsWith(path, StringComparison.Ordinal)
            : url.AbsolutePath == path || url.AbsolutePath.StartsWith(path + "/", StringComparison.Ordinal);
    }
}
