namespace BrigadeBot.Hosting;

public static class HealthEndpoint
{
    /// <summary><c>GET /health</c>: 200 with a small JSON status when storage and scheduler are up, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (BrigadeHealth health) =>
        {
            var (healthy, details) = health.Check();
            return Results.Json(details, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
