using System.Collections.Concurrent;
using System.Net;
using Brigade.Slack.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BrigadeBot.Tests.Features.Watch;

/// <summary>Serves RSS and Atom feeds from Kestrel on a loopback port: good, broken, garbled or hanging ones.</summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> requested = new(StringComparer.Ordinal);

    private FeedServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";
    public string Url(string path) => BaseUrl + path;
    public int Port => new Uri(BaseUrl).Port;

    public static async Task<FeedServer> StartAsync()
    {
        var app = LoopbackServer.CreateBuilder().Build();
        var server = new FeedServer(app);
        app.Map("/{**path}", async (HttpContext http) =>
        {
            var path = http.Request.Path.Value ?? "";
            server.Requested(path).TrySetResult();
            if (server.routes.TryGetValue(path, out var route)) await route(http);
            else http.Response.StatusCode = StatusCodes.Status404NotFound;
        });
        server.BaseUrl = await LoopbackServer.StartAsync(app);
        return server;
    }

    public void Serve(string path, string xml, string contentType = "application/rss+xml; charset=utf-8") =>
        routes[path] = http =>
        {
            http.Response.ContentType = contentType;
            return http.Response.WriteAsync(xml);
        };

    public void Fail(string path, HttpStatusCode status) => routes[path] = http =>
    {
        http.Response.StatusCode = (int)status;
        return Task.CompletedTask;
    };

    public void Redirect(string path, string location, HttpStatusCode status = HttpStatusCode.Found) => routes[path] = http =>
    {
        http.Response.StatusCode = (int)status;
        http.Response.Headers.Location = location;
        return Task.CompletedTask;
    };

    /// <summary>Answers nothing until the client gives up.</summary>
    public void Hang(string path) => routes[path] = async http =>
    {
        try
        {
            await Task.Delay(Timeout.Infinite, http.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    };

    /// <summary>Completes when <paramref name="path"/> was requested.</summary>
    public TaskCompletionSource Requested(string path) =>
        requested.GetOrAdd(path, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public static string Rss(string title, params (string Title, string Link, string Description, DateTimeOffset Published)[] items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>{WebUtility.HtmlEncode(title)}</title><link>https://example.org/</link><description>Flux</description>
        {string.Concat(items.Select(i => $"<item><title>{WebUtility.HtmlEncode(i.Title)}</title><link>{WebUtility.HtmlEncode(i.Link)}</link><description>{WebUtility.HtmlEncode(i.Description)}</description><pubDate>{i.Published.ToString("r")}</pubDate><guid>{WebUtility.HtmlEncode(i.Link)}</guid></item>"))}
        </channel></rss>
        """;

    public static string Atom(string title, params (string Title, string Link, string Summary, DateTimeOffset Updated)[] entries) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>{WebUtility.HtmlEncode(title)}</title><id>urn:feed</id><updated>2026-11-30T12:00:00Z</updated>
        {string.Concat(entries.Select(e => $"<entry><title>{WebUtility.HtmlEncode(e.Title)}</title><link rel=\"alternate\" href=\"{WebUtility.HtmlEncode(e.Link)}\"/><id>{WebUtility.HtmlEncode(e.Link)}</id><updated>{e.Updated.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</updated><summary type=\"html\">{WebUtility.HtmlEncode(e.Summary)}</summary></entry>"))}
        </feed>
        """;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
