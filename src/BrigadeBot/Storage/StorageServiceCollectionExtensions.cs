using System.Diagnostics.CodeAnalysis;
using Brigade.Slack.Inbound;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <c>Storage</c> options, the one <see cref="BrigadeDatabase"/>, the persistent
    /// <see cref="IEventDeduplicator"/> (replacing the Slack layer's in-memory one, whatever the order of the calls)
    /// the startup step that opens the database and runs every <see cref="IStoreSetup"/> before the first request, the
    /// storage health check and the daily prune of seen event ids (run once the scheduler is started).
    /// Call it before <c>AddBrigadeScheduling</c> so storage is ready before anything is scheduled.
    /// </summary>
    public static IServiceCollection AddBrigadeStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StorageMetrics>();
        services.AddSingleton<BrigadeDatabase>();
        services.AddHostedService<StorageStartup>();

        services.AddStore<SeenEventStore>();
        services.Replace(ServiceDescriptor.Singleton<IEventDeduplicator>(sp => sp.GetRequiredService<SeenEventStore>()));
        services.AddHealthChecks().AddCheck<StorageHealthCheck>(StorageHealthCheck.Name);
        services.AddQuartz(quartz => quartz.ScheduleJob<SeenEventsPruneJob>(
            trigger => trigger.WithIdentity(SeenEventsPruneJob.Key.Name, SeenEventsPruneJob.Key.Group)
                .StartNow()
                .WithSimpleSchedule(TimeSpan.FromDays(1)),
            job => job.WithIdentity(SeenEventsPruneJob.Key)));
        return services;
    }

    /// <summary>
    /// The nightly verified backup (<c>Storage:Backup:*</c>). Call it after <c>AddBrigadeScheduling</c>: it schedules
    /// its job at start.
    /// </summary>
    public static IServiceCollection AddDatabaseBackups(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseBackup>();
        services.AddHostedService<DatabaseBackupStartup>();
        return services;
    }

    /// <summary>Registers a store as a singleton and as an <see cref="IStoreSetup"/>, so its indexes exist at startup.</summary>
    public static IServiceCollection AddStore<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStore>(
        this IServiceCollection services) where TStore : class, IStoreSetup
    {
        services.AddSingleton<TStore>();
        services.AddSingleton<IStoreSetup>(sp => sp.GetRequiredService<TStore>());
        return services;
    }
}
