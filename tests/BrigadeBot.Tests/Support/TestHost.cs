using BrigadeBot.Scheduling;
using BrigadeBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace BrigadeBot.Tests.Support;

/// <summary>A generic host with storage and scheduling wired as the app wires them, on a temp database.</summary>
internal static class TestHost
{
    public static IHost Build(string databasePath, TimeProvider? time = null, Action<IServiceCollection>? services = null,
        IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = databasePath });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        if (time is not null)
            builder.Services.AddSingleton(time);
        builder.Services.AddBrigadeStorage(builder.Configuration);
        builder.Services.AddBrigadeScheduling(builder.Configuration);
        // Start the scheduler inside StartAsync rather than after ApplicationStarted, so a test need not wait for it.
        builder.Services.Configure<QuartzHostedServiceOptions>(o => o.AwaitApplicationStarted = false);
        services?.Invoke(builder.Services);
        return builder.Build();
    }
}
