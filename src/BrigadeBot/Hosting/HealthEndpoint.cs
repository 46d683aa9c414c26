namespace BrigadeBot.Hosting;

public static class HealthEndpoint
{
    /// <summary>
    /// <c>GET /health</c>: 200 with a small JSON status when storage and scheduler are up (and, in Socket Mode, the
    /// link to Slack, see <see cref="BrigadeHealth"/>), 503 otherwise.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (BrigadeHealth health, CancellationToken ct) =>
        {
            var (healthy, details) = await health.CheckAsync(ct);
            return Results.Json(details, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
