using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Hosting;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Tests.Features.Privacy;

/// <summary>Sessions on 2 December 2026, the meeting on 8 December, the audit row on 30 November; default retention 12/12/24 months.</summary>
public sealed class RetentionTests : PrivacyHostTests
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // The test runs retention itself; the nightly jobs must not race it when the clock jumps months ahead.
        var scheduler = host.Services.GetRequiredService<IBrigadeScheduler>();
        await scheduler.UnscheduleAsync(RetentionService.Key, default);
        await scheduler.UnscheduleAsync(ProposalArchiver.Key, default);
    }

    private Task<RetentionCounts> RunAsync() => host.Services.GetRequiredService<RetentionService>().RunAsync(default);

    private void MoveTo(DateTime utc) => host.Clock.Advance(utc - host.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Each_kind_goes_after_its_period_twice_in_a_row_removes_nothing_more_and_the_facts_stay()
    {
        await host.CommandAsync($"mes-donnees <@{ExportTests.Other}>", BrigadeHost.Animator);
        await ExportTests.TwoMembersAsync(host, flow);
        foreach (var booking in flow.Booking.Bookings()) await flow.HoldAsync(booking);
        var facts = (await flow.FactsAsync()).Count;
        Assert.Equal(2, facts);

        MoveTo(new DateTime(2027, 12, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(0, (await RunAsync()).Total);
        Assert.Equal(2, flow.Booking.Bookings().Count);

        MoveTo(new DateTime(2027, 12, 3, 0, 0, 0, DateTimeKind.Utc));
        var bookings = await RunAsync();
        Assert.Equal((2, 1, 2, 2), (bookings["bookings"], bookings["slots"], bookings["profiles"], bookings["pseudonyms"]));
        Assert.Equal(0, bookings["meetings"] + bookings["proposals"] + bookings["audit"]);
        Assert.Empty(flow.Booking.Bookings());
        Assert.Equal(0, (await RunAsync()).Total);

        MoveTo(new DateTime(2027, 12, 9, 0, 0, 0, DateTimeKind.Utc));
        var codev = await RunAsync();
        Assert.Equal((1, 1, 0), (codev["meetings"], codev["proposals"], codev["audit"]));
        Assert.Single(await host.Services.GetRequiredService<ProposalStore>().OpenRankedAsync()); // still open: the archiver's job, not retention's
        Assert.Equal(0, (await RunAsync()).Total);

        MoveTo(new DateTime(2028, 12, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(1, (await RunAsync())["audit"]);
        Assert.Empty(await host.Services.GetRequiredService<AuditStore>().AllAsync());
        Assert.Equal(0, (await RunAsync()).Total);

        Assert.Equal(facts, (await flow.FactsAsync()).Count);
        var logged = host.Logs.Lines.Where(l => l.Message.StartsWith("Retention:", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, logged.Count);
        Assert.Contains(logged, l => l.Message.Contains("bookings=2"));
        Assert.All(logged, l => Assert.DoesNotMatch("U0[A-Z0-9]+", l.FullText));
    }

    [Fact]
    public async Task Shorter_configured_periods_are_honoured()
    {
        await using var quick = await BrigadeHost.StartAsync(new() { ["Privacy:Retention:BookingsMonths"] = "1" });
        await quick.Services.GetRequiredService<IBrigadeScheduler>().UnscheduleAsync(RetentionService.Key, default);
        var quickFlow = new PrivacyFlow(quick);
        await quickFlow.BookWithProfileAsync(BrigadeHost.Member, "artiste", statistics: true);

        quick.Clock.Advance(TimeSpan.FromDays(34));
        await quick.Services.GetRequiredService<RetentionService>().RunAsync(default);

        Assert.Empty(quickFlow.Booking.Bookings());
    }

    [Fact]
    public void A_retention_of_zero_months_is_refused_naming_the_key()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Privacy:Retention:AuditMonths"] = "0" })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddBrigadeHosting(configuration).AddPrivacy();

        var error = Assert.Throws<OptionsValidationException>(() =>
            services.BuildServiceProvider().GetRequiredService<IOptions<PrivacyOptions>>().Value);
        Assert.Contains("Privacy:Retention", string.Join(" ", error.Failures));
    }

    [Fact]
    public async Task The_retention_job_runs_every_night()
    {
        var next = await host.Services.GetRequiredService<IBrigadeScheduler>().NextFireTimeAsync(RetentionService.Key, default);
        Assert.Null(next); // unscheduled by this class's setup; a fresh host has it:

        await using var fresh = await BrigadeHost.StartAsync();
        var fire = await fresh.Services.GetRequiredService<IBrigadeScheduler>().NextFireTimeAsync(RetentionService.Key, default);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero), fire); // 3:30 in Toronto
    }
}
