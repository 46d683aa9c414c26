namespace BrigadeBot.Features.Common.Waitlists;

/// <summary>At start, schedules the end of every offer out from the database (Quartz keeps nothing across restarts).</summary>
public sealed class WaitlistHoldsStartup(WaitlistHolds holds) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => holds.RescheduleAllAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
