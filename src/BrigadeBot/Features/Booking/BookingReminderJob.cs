using Quartz;

namespace BrigadeBot.Features.Booking;

/// <summary>Wakes <see cref="BookingReminders"/> for one booking and one message.</summary>
public sealed class BookingReminderJob(BookingReminders reminders) : IJob
{
    public const string BookingKey = "booking";
    public const string KindKey = "kind";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        if (data.GetString(BookingKey) is { } id && Enum.TryParse<ReminderKind>(data.GetString(KindKey), out var kind))
            await reminders.RunAsync(id, kind, cancellationToken);
    }
}
