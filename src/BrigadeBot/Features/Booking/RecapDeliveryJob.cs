using Quartz;

namespace BrigadeBot.Features.Booking;

/// <summary>Tries a recap PDF again that Slack could not take (<see cref="RecapDelivery"/>).</summary>
public sealed class RecapDeliveryJob(RecapDelivery delivery) : IJob
{
    private const string BookingKey = "booking";

    public static JobDataMap Data(string bookingId) => new() { [BookingKey] = bookingId };

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (context.MergedJobDataMap.GetString(BookingKey) is { } id) await delivery.SendAsync(id, cancellationToken);
    }
}
