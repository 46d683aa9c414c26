using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Testing;

/// <summary>
/// The one way tests start a real Kestrel server: on 127.0.0.1, on a port the system picks (so parallel tests never
/// collide), logging nothing unless the test adds its own provider.
/// </summary>
public static class LoopbackServer
{
    public static WebApplicationBuilder CreateBuilder(WebApplicationOptions? options = null)
    {
        var builder = options is null ? WebApplication.CreateSlimBuilder() : WebApplication.CreateSlimBuilder(options);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder;
    }

    /// <summary>Starts <paramref name="app"/> and returns its base URL, <c>http://127.0.0.1:port</c>.</summary>
    public static async Task<string> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        return AddressOf(app);
    }

    /// <summary>The base URL of a started server (no address yet before Kestrel binds).</summary>
    public static string AddressOf(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
