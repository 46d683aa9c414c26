using Brigade.Slack.Diagnostics;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace BrigadeBot.Hosting;

/// <summary>
/// <c>GET /metrics</c>: the bot's meters (Slack layer, storage, jobs, community activity), ASP.NET Core's request
/// durations and the runtime's own (collector, memory, thread pool), exported by OpenTelemetry in Prometheus text
/// format. With <c>Metrics:Enabled</c> false (the default) no exporter is registered and no listener records anything:
/// the instruments then cost nothing.
/// </summary>
public static class MetricsSetup
{
    public const string Path = "/metrics";

    /// <summary>
    /// The meters exported; ASP.NET Core's gives requests by route template and status, the runtime's its collector,
    /// memory and thread pool.
    /// </summary>
    public static readonly string[] Meters =
    [
        SlackMetrics.MeterName, StorageMetrics.MeterName, JobMetrics.MeterName, CommunityMetrics.MeterName,
        "Microsoft.AspNetCore.Hosting", "System.Runtime",
    ];

    public static IServiceCollection AddBrigadeMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricsOptions>().Bind(configuration.GetSection(MetricsOptions.Section));
        if (IsEnabled(configuration)) AddPrometheusExporter(services);
        return services;
    }

    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        if (IsEnabled(app.ServiceProvider.GetRequiredService<IConfiguration>())) MapPrometheusEndpoint(app);
        return app;
    }

    private static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool>($"{MetricsOptions.Section}:{nameof(MetricsOptions.Enabled)}");

    // Kept apart so that OpenTelemetry's assemblies load only when metrics are on.
    private static void AddPrometheusExporter(IServiceCollection services) =>
        services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("brigadebot")).WithMetrics(metrics => metrics
            .AddMeter(Meters)
            .AddPrometheusExporter(exporter => exporter.ScrapeResponseCacheDurationMilliseconds = 0));

    private static void MapPrometheusEndpoint(IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null,
            configureBranchedPipeline: branch => branch.Use(MetricsAccess.CheckAsync), optionsName: null);
}
