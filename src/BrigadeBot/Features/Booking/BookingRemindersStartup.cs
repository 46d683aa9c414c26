namespace BrigadeBot.Features.Booking;

/// <summary>At start, reschedules the reminders of every confirmed booking from the database.</summary>
public sealed class BookingRemindersStartup(BookingReminders reminders) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => reminders.RescheduleAllAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
