using System.Diagnostics.Metrics;

namespace BrigadeBot.Features.Common;

/// <summary>
/// What the community does, counted for operators (meter <see cref="MeterName"/>): bookings made and cancelled,
/// registrations to group activities. Counts only: who and what never become labels.
/// </summary>
public sealed class CommunityMetrics
{
    public const string MeterName = "BrigadeBot.Community";
    public const string Made = "made";
    public const string Cancelled = "cancelled";

    private readonly Counter<long> bookings;
    private readonly Counter<long> registrations;

    public CommunityMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        bookings = meter.CreateCounter<long>("brigade.bookings", "{booking}", "Accompaniment bookings by change (made, cancelled).");
        registrations = meter.CreateCounter<long>("brigade.registrations", "{registration}",
            "Registrations to group activities by activity (codev, …) and change (made, cancelled).");
    }

    public void Booking(string change, int count = 1) => bookings.Add(count, new KeyValuePair<string, object?>("change", change));

    /// <summary><paramref name="activity"/> is a fixed word per feature (« codev »), never a title.</summary>
    public void Registration(string activity, string change) =>
        registrations.Add(1, new KeyValuePair<string, object?>("activity", activity), new KeyValuePair<string, object?>("change", change));
}
