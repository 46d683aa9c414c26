using BrigadeBot.Hosting;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;
using BrigadeBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace BrigadeBot.Tests.Scheduling;

public sealed class BrigadeSchedulerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TempFolder temp = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 6, 17, 0, 0, TimeSpan.Zero)); // a Friday
    private readonly JobProbe probe = new();
    private IHost host = null!;

    private IBrigadeScheduler Scheduler => host.Services.GetRequiredService<IBrigadeScheduler>();

    public async Task InitializeAsync()
    {
        host = TestHost.Build(temp.DatabasePath, time, services => services.AddSingleton(probe));
        await host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        temp.Dispose();
    }

    public sealed class JobProbe
    {
        public TaskCompletionSource<(string? Who, DateTimeOffset FiredAt)> Fired { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public sealed class ProbeJob(JobProbe probe, TimeProvider clock) : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            probe.Fired.TrySetResult((context.MergedJobDataMap["who"] as string, clock.GetUtcNow()));
            return ValueTask.CompletedTask;
        }
    }

    [Fact]
    public async Task A_job_scheduled_once_fires_when_the_app_clock_reaches_its_time()
    {
        var key = new JobKey("reminder-42", "test");
        var fireAt = time.GetUtcNow().AddMinutes(10);
        await Scheduler.ScheduleOnceAsync<ProbeJob>(key, fireAt, new JobDataMap { ["who"] = "Ève" }, default);
        Assert.Equal(fireAt, await Scheduler.NextFireTimeAsync(key, default));
        Assert.False(probe.Fired.Task.IsCompleted);

        time.Advance(TimeSpan.FromMinutes(10));

        var (who, firedAt) = await probe.Fired.Task.WaitAsync(Patience);
        Assert.Equal("Ève", who);
        Assert.Equal(fireAt, firedAt);
        Assert.Null(await Scheduler.NextFireTimeAsync(key, default)); // fired once, then gone
    }

    [Fact]
    public async Task Scheduling_the_same_key_again_replaces_the_time()
    {
        var key = new JobKey("reminder-7", "test");
        await Scheduler.ScheduleOnceAsync<ProbeJob>(key, time.GetUtcNow().AddHours(1), null, default);
        await Scheduler.ScheduleOnceAsync<ProbeJob>(key, time.GetUtcNow().AddHours(2), null, default);

        Assert.Equal(time.GetUtcNow().AddHours(2), await Scheduler.NextFireTimeAsync(key, default));
    }

    [Fact]
    public async Task Unscheduling_removes_the_job()
    {
        var key = new JobKey("watch-post-3", "test");
        await Scheduler.ScheduleOnceAsync<ProbeJob>(key, time.GetUtcNow().AddHours(1), null, default);

        Assert.True(await Scheduler.UnscheduleAsync(key, default));

        Assert.Null(await Scheduler.NextFireTimeAsync(key, default));
        Assert.False(await Scheduler.UnscheduleAsync(key, default));
    }

    [Fact]
    public async Task A_cron_schedule_reads_wall_clock_time_in_the_brigade_zone()
    {
        var key = new JobKey("digest", "test");
        await Scheduler.ScheduleCronAsync<ProbeJob>(key, "0 0 9 ? * MON", null, default);

        // Monday 2026-03-09 09:00 in Toronto, the day after the change to daylight time: 13:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 13, 0, 0, TimeSpan.Zero), await Scheduler.NextFireTimeAsync(key, default));
    }

    [Fact]
    public async Task The_seen_events_prune_runs_daily()
    {
        var next = await Scheduler.NextFireTimeAsync(SeenEventsPruneJob.Key, default);
        Assert.NotNull(next);
        Assert.InRange(next.Value - time.GetUtcNow(), TimeSpan.Zero, TimeSpan.FromDays(1));
    }

    [Fact]
    public async Task Health_reports_both_parts_until_the_host_stops()
    {
        var health = host.Services.GetRequiredService<BrigadeHealth>();
        var (healthy, details) = await health.CheckAsync(default);
        Assert.True(healthy, details.ToString());
        Assert.True(Scheduler.IsRunning);

        await host.StopAsync();

        Assert.False(Scheduler.IsRunning);
        Assert.False(health.SchedulerHealthy());
        Assert.False((await health.CheckAsync(default)).Healthy);
    }
}
