using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// At start: Quartz keeps its triggers in memory, LiteDB is the truth. Reschedules the reminders not sent yet and
/// the daily archiving of old proposals.
/// </summary>
public sealed class CodevStartup(MeetingStore meetings, MeetingReminders reminders, IBrigadeScheduler scheduler,
    ILogger<CodevStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var pending = (await meetings.ScheduledAsync(cancellationToken)).Where(m => m.ReminderSentAtUtc is null).ToList();
        foreach (var meeting in pending) await reminders.ScheduleAsync(meeting, cancellationToken);
        await scheduler.ScheduleCronAsync<ProposalArchiveJob>(ProposalArchiver.Key, ProposalArchiver.DailyCron, null, cancellationToken);
        log.LogInformation("Codev: {Count} meeting reminders rescheduled", pending.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
