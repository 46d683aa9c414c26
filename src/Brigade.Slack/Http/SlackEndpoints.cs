using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Brigade.Slack.Http;

/// <summary>The three signed endpoints Slack posts to; <see cref="SlackHttpReceiver"/> answers them.</summary>
public static class SlackEndpoints
{
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder app, string prefix = "/slack")
    {
        app.MapPost($"{prefix}/commands", (HttpContext http) => Receiver(http).HandleAsync(http, SlackHttpKind.Command));
        app.MapPost($"{prefix}/interactions", (HttpContext http) => Receiver(http).HandleAsync(http, SlackHttpKind.Interaction));
        app.MapPost($"{prefix}/events", (HttpContext http) => Receiver(http).HandleAsync(http, SlackHttpKind.Event));
        return app;
    }

    private static SlackHttpReceiver Receiver(HttpContext http) => http.RequestServices.GetRequiredService<SlackHttpReceiver>();
}
