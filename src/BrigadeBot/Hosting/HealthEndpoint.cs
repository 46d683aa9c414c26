using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace BrigadeBot.Hosting;

public static class HealthEndpoint
{
    /// <summary>
    /// <c>GET /health</c>: every registered health check (storage, scheduler, and in Socket Mode the link to Slack),
    /// written by <see cref="HealthResponseWriter"/>: 200 when all are healthy, 503 otherwise.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        return app;
    }
}
