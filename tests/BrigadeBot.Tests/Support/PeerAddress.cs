using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace BrigadeBot.Tests.Support;

/// <summary>
/// The test server has no network peer (no remote address): this gives each request the caller address named by its
/// <see cref="Header"/>, loopback when it has none.
/// </summary>
public sealed class PeerAddress : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((HttpContext http, RequestDelegate rest) =>
        {
            http.Connection.RemoteIpAddress = IPAddress.Parse(http.Request.Headers[Header].FirstOrDefault() ?? "127.0.0.1");
            return rest(http);
        });
        next(app);
    };
}
