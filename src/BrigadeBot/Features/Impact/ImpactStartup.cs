using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Impact;

/// <summary>At start: the daily closing of surveys, the follow-up survey run and the community count (Quartz keeps nothing across restarts).</summary>
public sealed class ImpactStartup(IBrigadeScheduler scheduler) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await scheduler.ScheduleCronAsync<SurveyCloseJob>(SurveyService.CloseKey, SurveyService.DailyCron, null, cancellationToken);
        await scheduler.ScheduleCronAsync<FollowUpSurveyJob>(FollowUpSurveyService.Key, FollowUpSurveyService.DailyCron, null, cancellationToken);
        await scheduler.ScheduleCronAsync<CommunityCountJob>(CommunityCensus.Key, CommunityCensus.DailyCron, null, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
