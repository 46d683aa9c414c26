using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Impact;

/// <summary>At start: the daily closing of surveys (Quartz keeps nothing across restarts).</summary>
public sealed class ImpactStartup(IBrigadeScheduler scheduler) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        scheduler.ScheduleCronAsync<SurveyCloseJob>(SurveyService.CloseKey, SurveyService.DailyCron, null, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
