using Quartz;

namespace BrigadeBot.Features.Events;

/// <summary>Wakes <see cref="EventReminders"/> for one conference and one reminder.</summary>
public sealed class EventReminderJob(EventReminders reminders) : IJob
{
    public const string EventKey = "event";
    public const string KindKey = "kind";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        if (data.TryGetInt(EventKey, out var id) && Enum.TryParse<EventReminderKind>(data.GetString(KindKey), out var kind))
            await reminders.RunAsync(id, kind, cancellationToken);
    }
}
