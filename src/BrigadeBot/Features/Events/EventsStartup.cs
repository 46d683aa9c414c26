using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Events;

/// <summary>At start: the reminders of coming conferences and the daily closing of their surveys (Quartz keeps nothing across restarts).</summary>
public sealed class EventsStartup(EventReminders reminders, IBrigadeScheduler scheduler) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await reminders.RescheduleAllAsync(cancellationToken);
        await scheduler.ScheduleCronAsync<EventSurveyCloseJob>(EventReminders.SurveyCloseKey, EventReminders.SurveyCloseCron, null,
            cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
