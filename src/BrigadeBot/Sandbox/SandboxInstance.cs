using Brigade.Slack.FollowUp;
using Brigade.Slack.Inbound;
using Brigade.Slack.WebApi;
using BrigadeBot.Hosting;
using BrigadeBot.Storage;
using BrigadeBot.Sandbox.Workspace;
using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Diagnostics;
using Quartz;

namespace BrigadeBot.Sandbox;

/// <summary>
/// One life of the sandbox: the whole bot in a second, in-process generic host (no web server) on the sandbox's
/// database and clock, its dry-run Web API calls recorded into <see cref="Workspace"/>. « Remettre à zéro » ends it
/// and starts another.
/// </summary>
public sealed class SandboxInstance : IAsyncDisposable
{
    private readonly IHost host;

    private SandboxInstance(IHost host, SandboxClock clock, SandboxWorkspace workspace)
    {
        this.host = host;
        Clock = clock;
        Workspace = workspace;
    }

    public SandboxClock Clock { get; }
    public SandboxWorkspace Workspace { get; }
    public IServiceProvider Services => host.Services;
    public SlackDispatcher Dispatcher => Services.GetRequiredService<SlackDispatcher>();

    /// <summary>
    /// Builds and starts a life in a clean execution context. Tools that watch host building through async-locals
    /// (WebApplicationFactory, the EF tools) would otherwise take the sandbox's host for the app's own, since it is
    /// built while the app's host starts.
    /// </summary>
    public static async Task<SandboxInstance> StartAsync(SandboxStart start, CancellationToken ct)
    {
        Task<SandboxInstance> starting;
        using (ExecutionContext.SuppressFlow())
            starting = Task.Run(() => BuildAndStartAsync(start, ct), ct);
        return await starting;
    }

    private static async Task<SandboxInstance> BuildAndStartAsync(SandboxStart start, CancellationToken ct)
    {
        var clock = new SandboxClock();
        var people = start.Options.EffectivePeople;
        var channels = new[] { KeyValuePair.Create(SandboxIdentity.GeneralChannel, SandboxTexts.GeneralChannel) }
            .Concat(SandboxConfiguration.Channels(start.Configuration).Select(c => KeyValuePair.Create(c.Id, SandboxTexts.ChannelName(c.Key))));
        var workspace = new SandboxWorkspace(new SandboxDirectory(people, channels), clock);

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = start.Environment.EnvironmentName,
            ApplicationName = start.Environment.ApplicationName,
            ContentRootPath = start.Environment.ContentRootPath,
        });
        builder.Configuration.AddInMemoryCollection(SandboxConfiguration.From(start.Configuration, start.Options, people));
        builder.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(new SandboxLoggerFactory(start.Loggers)));
        builder.Services.AddSingleton<IHostLifetime, SandboxLifetime>();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<ISlackCallRecorder>(workspace);

        var slack = builder.Services.AddBrigadeBot(builder.Configuration);
        foreach (var extension in start.Extensions) extension.Configure(slack);

        // The real host already said how it talks to Slack; the sandbox's own "Slack is not configured" would mislead.
        foreach (var announcer in builder.Services.Where(d => d.ImplementationType == typeof(SlackModeStartup)).ToArray())
            builder.Services.Remove(announcer);
        // Its made-up database is thrown away with it: no backups, and no warning that would read as if the real one had none.
        foreach (var backups in builder.Services.Where(d => d.ImplementationType == typeof(DatabaseBackupStartup)).ToArray())
            builder.Services.Remove(backups);
        // Quartz keeps schedulers by name in a process-wide repository: each sandbox life needs its own.
        builder.Services.Configure<QuartzSchedulerOptions>(o => o.InstanceName = $"BrigadeSandbox-{Guid.NewGuid():N}");
        // No web server to wait for: the scheduler runs when the host has started, before the first click.
        builder.Services.Configure<QuartzHostedServiceOptions>(o => o.AwaitApplicationStarted = false);

        var host = builder.Build();
        try
        {
            await host.StartAsync(ct);
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return new SandboxInstance(host, clock, workspace);
    }

    /// <summary>Waits (a few seconds at most) for the work the bot does after its acknowledgements.</summary>
    public async Task SettleAsync()
    {
        try
        {
            await Services.GetRequiredService<SlackFollowUpQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            // Still running: the page polls and shows it when it lands.
        }
    }

    /// <summary>
    /// Moves the clock, then waits (a few seconds at most) until Quartz has run every job now due and the bot's
    /// follow-up work is done, so the page shows the reminders at once.
    /// </summary>
    public async Task AdvanceClockAsync(TimeSpan by)
    {
        Clock.Advance(by);
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        // Quartz hands a fired trigger to its job a moment later: between the two neither query sees it, so only
        // a few quiet readings in a row mean that nothing due is left.
        var patience = Stopwatch.StartNew();
        for (var quiet = 0; quiet < 4 && patience.Elapsed < TimeSpan.FromSeconds(5);)
        {
            quiet = await HasDueWorkAsync(scheduler) ? 0 : quiet + 1;
            await Task.Delay(TimeSpan.FromMilliseconds(25), TimeProvider.System);
        }
        await SettleAsync();
    }

    private async Task<bool> HasDueWorkAsync(IScheduler scheduler)
    {
        if ((await scheduler.QueryFireInstances(new FireInstanceQuery { State = null })).Items.Count > 0) return true;
        // A second of slack: a fire time Quartz keeps to the second may lie just past the clock's reading.
        var due = await scheduler.QueryTriggers(new TriggerQuery { NextFireTimeBefore = Clock.GetUtcNow().AddSeconds(1) });
        return due.Items.Count > 0;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await host.StopAsync(CancellationToken.None);
        }
        finally
        {
            host.Dispose();
        }
    }
}
