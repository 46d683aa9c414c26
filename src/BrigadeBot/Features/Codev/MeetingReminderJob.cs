using Quartz;

namespace BrigadeBot.Features.Codev;

public sealed class MeetingReminderJob(MeetingReminders reminders) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await reminders.SendAsync(context.MergedJobDataMap.GetInt(MeetingReminders.MeetingIdKey), cancellationToken);
}
