using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace BrigadeBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BrigadeTimeZone"/> (from <c>Brigade:TimeZone</c>, validated at startup), Quartz in process
    /// with an in-memory store (jobs built from DI, cron triggers in the Brigade zone, the app's
    /// <see cref="TimeProvider"/> as its clock), its hosted service, <see cref="IBrigadeScheduler"/> and the scheduler
    /// health check. Storage adds its own fixed job with <c>AddQuartz</c>; features schedule theirs at start.
    /// </summary>
    public static IServiceCollection AddBrigadeScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BrigadeTimeZoneOptions>()
            .Bind(configuration.GetSection(BrigadeTimeZoneOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BrigadeTimeZoneOptions>, BrigadeTimeZoneOptionsValidator>());
        services.AddSingleton(sp => new BrigadeTimeZone(
            TimeZoneInfo.FindSystemTimeZoneById(sp.GetRequiredService<IOptions<BrigadeTimeZoneOptions>>().Value.ZoneId),
            sp.GetRequiredService<TimeProvider>()));

        // Quartz 4.7 takes its clock from the container's TimeProvider (never UseTimeProvider: it would replace ours),
        // so jobs fire on the same clock the features read, and a FakeTimeProvider drives both in tests.
        services.AddSingleton<JobMetrics>();
        services.AddQuartz(quartz =>
        {
            quartz.UseInMemoryStore();
            quartz.AddJobListener<JobRunListener>();
        });
        services.AddOptions<QuartzSchedulerOptions>()
            .Configure<BrigadeTimeZone>((options, zone) => options.DefaultTimeZone = zone.Zone);
        services.AddQuartzHostedService(options =>
        {
            options.WaitForJobsToComplete = true;
            // Start with the host rather than after it: /health must not report a scheduler that is still starting.
            options.AwaitApplicationStarted = false;
        });

        services.AddSingleton<IBrigadeScheduler, BrigadeScheduler>();
        services.AddHealthChecks().AddCheck<SchedulerHealthCheck>(SchedulerHealthCheck.Name);
        return services;
    }
}
