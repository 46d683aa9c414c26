namespace BrigadeBot.Tests.Features.Watch;

/// <summary>A bot per test, started Monday 30 November 2026 at 9 h 00 in Toronto, with its Quartz runs counted.</summary>
public abstract class WatchHostTests : IAsyncLifetime
{
    /// <summary>The default publication time of the modal: the next weekday at 9 h 00 (EST).</summary>
    protected static readonly DateTimeOffset TuesdayAt9 = new(2026, 12, 1, 14, 0, 0, TimeSpan.Zero);

    protected BrigadeHost host = null!;
    protected JobRuns runs = null!;

    public async Task InitializeAsync()
    {
        host = await BrigadeHost.StartAsync();
        runs = await JobRuns.AttachAsync(host);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    protected void AdvanceTo(DateTimeOffset instant) => host.Clock.Advance(instant - host.Clock.GetUtcNow());
}
