using System.Reflection;

namespace BrigadeBot.Sandbox;

public static class SandboxSetup
{
    /// <summary>
    /// The sandbox: dormant unless <c>Sandbox:Enabled</c> is true, or unset while Slack is not configured. Its bot
    /// runs in its own in-process host (see <see cref="SandboxInstance"/>); the real host only serves the page.
    /// </summary>
    public static IServiceCollection AddSandbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SandboxOptions>().Bind(configuration.GetSection(SandboxOptions.Section));
        services.AddSingleton<SandboxHost>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, SandboxJsonContext.Default));
        services.AddHostedService(sp => sp.GetRequiredService<SandboxHost>());
        services.AddHostedService<SandboxStartup>();
        return services;
    }

    /// <summary>
    /// <c>/sandbox</c>: the page, its script and style (embedded, no CDN), its JSON API and shared files. Mapped only
    /// while the sandbox is on (its setting is read once, at start): a route not mapped is the same 404, and building
    /// these routes' JSON binders was a third of the bot's first request.
    /// </summary>
    public static IEndpointRouteBuilder MapSandbox(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<SandboxHost>().IsOn) return app;
        var sandbox = app.MapGroup("/sandbox").AddEndpointFilter<SandboxGuard>();
        sandbox.MapGet("", Page);
        sandbox.MapGet("/sandbox.js", () => Asset("sandbox.js", "text/javascript; charset=utf-8"));
        sandbox.MapGet("/sandbox.css", () => Asset("sandbox.css", "text/css; charset=utf-8"));
        sandbox.MapGet("/files/{id}", (string id, SandboxHost host) =>
            host.Current?.Workspace.FindFile(id) is { } file
                ? Results.File(file.Content, "application/octet-stream", file.Name)
                : Results.NotFound());
        SandboxApi.Map(sandbox.MapGroup("/api"));
        return app;
    }

    private static IResult Page(HttpContext http)
    {
        // Nothing inline: the policy lets only our own script and style run, whatever a message contains.
        http.Response.Headers.ContentSecurityPolicy =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        return Results.Text(SandboxPage.Html, "text/html; charset=utf-8");
    }

    private static IResult Asset(string name, string contentType)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"BrigadeBot.Sandbox.Page.{name}")
            ?? throw new InvalidOperationException($"The sandbox asset {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return Results.Text(reader.ReadToEnd(), contentType);
    }
}
