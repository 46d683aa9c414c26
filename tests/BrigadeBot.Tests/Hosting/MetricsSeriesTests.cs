using System.Diagnostics.Metrics;
using System.Net;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Common;
using BrigadeBot.Hosting;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Codev;
using BrigadeBot.Tests.Features.Events;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Quartz;

namespace BrigadeBot.Tests.Hosting;

/// <summary>
/// The app's series, each counted on this host's own meters (parallel tests share the process, not the meters), and
/// what a scrape shows of them: route templates and fixed words as labels, never a member, a channel or a text.
/// </summary>
public sealed class MetricsSeriesTests
{
    private static MetricCollector<T> Collect<T>(BrigadeHost host, string meter, string instrument) where T : struct =>
        new(host.Services.GetRequiredService<IMeterFactory>(), meter, instrument);

    private static IEnumerable<string> Tags<T>(MetricCollector<T> collector, params string[] keys) where T : struct =>
        collector.GetMeasurementSnapshot().Select(m => string.Join(' ', keys.Select(k => m.Tags[k]?.ToString())));

    [Fact]
    public async Task Bookings_made_and_cancelled_are_counted()
    {
        await using var host = await BrigadeHost.StartAsync();
        using var bookings = Collect<long>(host, CommunityMetrics.MeterName, "brigade.bookings");
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00");

        await flow.BookAsync("cybersecurite", "mercredi 2 décembre");
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.CancelBooking, Assert.Single(flow.Bookings()).Id);

        Assert.Equal(["made", "cancelled"], Tags(bookings, "change"));
    }

    [Fact]
    public async Task Codev_registrations_are_counted()
    {
        await using var host = await BrigadeHost.StartAsync();
        using var registrations = Collect<long>(host, CommunityMetrics.MeterName, "brigade.registrations");
        var meeting = await host.ScheduleAsync(await host.ProposeAsync("Comment tenir un agenda partagé ?"));

        await host.RegisterAsync(meeting, "U0ONE");
        await host.RegisterAsync(meeting, "U0ONE"); // already registered: no change
        await host.UnregisterAsync(meeting, "U0ONE");

        Assert.Equal(["codev made", "codev cancelled"], Tags(registrations, "activity", "change"));
    }

    [Fact]
    public async Task Conference_registrations_are_counted()
    {
        await using var host = await BrigadeHost.StartAsync();
        using var registrations = Collect<long>(host, CommunityMetrics.MeterName, "brigade.registrations");
        var events = new EventFlow(host);
        var conference = await events.CreateAsync(capacity: 1);

        await events.RegisterAsync(conference, "U0ONE");
        await events.RegisterAsync(conference, "U0TWO"); // full: waiting list, no place taken
        await events.UnregisterAsync(conference, "U0ONE");

        Assert.Equal(["events made", "events cancelled"], Tags(registrations, "activity", "change"));
    }

    [Fact]
    public async Task Each_database_write_is_timed_as_committed_or_failed()
    {
        var fault = new ArmedWriteFault();
        await using var host = await BrigadeHost.StartAsync(services: s => s.AddSingleton<IWriteFault>(fault));
        using var writes = Collect<double>(host, StorageMetrics.MeterName, "brigade.storage.write.duration");
        var database = host.Services.GetRequiredService<BrigadeDatabase>();

        await database.WriteAsync(db => db.GetCollection("drill").Insert(new LiteDB.BsonDocument { ["n"] = 1 }), default);
        fault.Armed = true;
        await Assert.ThrowsAsync<IOException>(() => database.WriteAsync(db => db.GetCollection("drill").Insert(new LiteDB.BsonDocument()), default));

        Assert.Equal(["committed", "failed"], Tags(writes, "outcome"));
    }

    [Fact]
    public async Task Scheduled_jobs_are_counted_by_class_and_outcome()
    {
        await using var host = await BrigadeHost.StartAsync();
        using var runs = Collect<long>(host, JobMetrics.MeterName, "brigade.jobs.runs");
        var scheduler = host.Services.GetRequiredService<IBrigadeScheduler>();

        await scheduler.ScheduleOnceAsync<FailingJob>(new JobKey("drill.fails", "drill"), host.Clock.GetUtcNow(), null, default);
        await scheduler.ScheduleOnceAsync<FinishingJob>(new JobKey("drill.ends", "drill"), host.Clock.GetUtcNow(), null, default);
        await Eventually.HoldsAsync(() => runs.GetMeasurementSnapshot().Count >= 2, "the jobs never ran");

        Assert.Equal(["FailingJob failed", "FinishingJob ok"], Tags(runs, "job", "outcome").Order());
    }

    [Fact]
    public async Task A_scrape_shows_every_series_with_route_templates_and_no_member_channel_or_text()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Metrics:Enabled"] = "true" },
            services: s => s.AddSingleton<IStartupFilter, PeerAddress>());
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00");
        await flow.BookAsync("cybersecurite", "mercredi 2 décembre", note: "Mon secret bien gardé");
        await host.IdleAsync();
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health")).StatusCode);

        var text = await (await host.Client.GetAsync(MetricsSetup.Path)).Content.ReadAsStringAsync();

        foreach (var series in new[]
        {
            "http_server_request_duration_seconds_count", "brigade_slack_ack_duration_seconds_bucket", "brigade_slack_api_calls_total",
            "brigade_slack_followup_depth", "brigade_storage_write_duration_seconds_bucket", "brigade_storage_batch_writes_bucket",
            "brigade_jobs_runs_total",
            "brigade_bookings_total",
            "dotnet_gc_collections_total", "dotnet_gc_pause_time_seconds_total", "dotnet_gc_heap_total_allocated_bytes_total",
            "dotnet_process_memory_working_set_bytes", "dotnet_thread_pool_queue_length",
        })
            Assert.Contains(series, text);
        Assert.Contains("http_route=\"/slack/interactions\"", text);
        Assert.Contains("http_route=\"/health\"", text);
        Assert.Contains("method=\"views.open\",outcome=\"ok\"", text);
        foreach (var personal in new[] { BrigadeHost.Member, BrigadeHost.Animator, "C0GENERAL", "D0MEMBER1", "secret", "cybersecurite", "trigger" })
            Assert.DoesNotContain(personal, text);
    }

    public sealed class FailingJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("drill");
    }

    public sealed class FinishingJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
