using System.Net;
using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// Reads an RSS or Atom feed with System.ServiceModel.Syndication: at most <see cref="MaxBytes"/>, within
/// <see cref="Timeout"/> on the app's clock, no DTD processing, following at most <see cref="MaxRedirects"/> redirects
/// (each new connection checked by <see cref="FeedConnector"/>). Throws on any failure; the caller skips the feed.
/// </summary>
public sealed partial class FeedReader(IHttpClientFactory http, TimeProvider time)
{
    public const string HttpClientName = "watch-feeds";
    public const int MaxBytes = 2 * 1024 * 1024;
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    public const int MaxRedirects = 3;

    public async Task<FeedContent> ReadAsync(string url, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        using var response = await GetFollowingRedirectsAsync(new Uri(url), linked.Token);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > MaxBytes) throw new InvalidDataException($"The feed is larger than {MaxBytes} bytes.");
        await using var stream = await response.Content.ReadAsStreamAsync(linked.Token);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, linked.Token)) > 0)
        {
            if (buffer.Length + read > MaxBytes) throw new InvalidDataException($"The feed is larger than {MaxBytes} bytes.");
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return Parse(buffer, new Uri(url));
    }

    private async Task<HttpResponseMessage> GetFollowingRedirectsAsync(Uri url, CancellationToken ct)
    {
        var client = http.CreateClient(HttpClientName);
        for (var redirects = 0; ; redirects++)
        {
            HttpResponseMessage response;
            try
            {
                response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
            }
            catch (HttpRequestException ex) when (ex.InnerException is FeedAddressRefusedException refused)
            {
                throw refused;
            }
            if ((int)response.StatusCode is not (301 or 302 or 303 or 307 or 308)) return response;
            var location = response.Headers.Location;
            response.Dispose();
            if (location is null) throw new InvalidDataException("A redirect without a Location.");
            if (redirects == MaxRedirects) throw new InvalidDataException($"More than {MaxRedirects} redirects.");
            var next = location.IsAbsoluteUri ? location : new Uri(url, location);
            if (next.Scheme != Uri.UriSchemeHttps && (next.Scheme != Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
                throw new InvalidDataException($"A redirect to {next.Scheme}: refused.");
            url = next;
        }
    }

    public static FeedContent Parse(Stream xml, Uri feedUri)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(xml, settings);
        var feed = SyndicationFeed.Load(reader);
        var items = new List<FeedItem>();
        foreach (var item in feed.Items)
        {
            var link = LinkOf(item, feedUri);
            var title = Collapse(WebUtility.HtmlDecode(item.Title?.Text ?? "")); // a title is text: « <Wikidata> » stays
            if (link is null || title.Length == 0) continue; // nothing an animator could plan
            var summary = PlainText(item.Summary?.Text ?? (item.Content as TextSyndicationContent)?.Text);
            var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
            items.Add(new FeedItem(KeyOf(link), title, link, summary, published));
        }
        var feedTitle = Collapse(WebUtility.HtmlDecode(feed.Title?.Text ?? ""));
        return new FeedContent(feedTitle.Length > 0 ? feedTitle : feedUri.Host, items);
    }

    /// <summary>Entries are known by their link: the same article in two feeds is offered once.</summary>
    public static string KeyOf(string link) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(link)))[..32];

    private static string? LinkOf(SyndicationItem item, Uri feedUri)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        var uri = link?.Uri is { } u ? (u.IsAbsoluteUri ? u : new Uri(link.BaseUri ?? feedUri, u)) : null;
        var text = uri?.AbsoluteUri ?? item.Id; // an RSS guid is often the permalink
        return text is not null && text.Length <= WatchDraft.UrlMax && Mrkdwn.IsSafeLinkUrl(text) ? text : null;
    }

    /// <summary>A feed's description is usually HTML: tags dropped, entities decoded, white space collapsed.</summary>
    public static string PlainText(string? html) =>
        string.IsNullOrWhiteSpace(html) ? "" : Collapse(WebUtility.HtmlDecode(Tags().Replace(html, " ")));

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex("<[^>]*>")] private static partial Regex Tags();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
}
