using BrigadeBot.Features.Common.FollowUps;

namespace BrigadeBot.Features.Booking;

/// <summary>The held bookings as <see cref="HeldSession"/>s, for the features that follow members up later.</summary>
public sealed class BookingAttendedSessions(BookingStore bookings, SlotStore slots) : IAttendedSessions
{
    public async Task<IReadOnlyList<HeldSession>> AttendedAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var held = await bookings.HeldBetweenAsync(fromUtc, toUtc, ct);
        var sessions = new List<HeldSession>(held.Count);
        var capacities = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var booking in held)
        {
            if (!capacities.TryGetValue(booking.SlotId, out var capacity))
                capacities[booking.SlotId] = capacity = (await slots.FindAsync(booking.SlotId, ct))?.Capacity ?? 1;
            sessions.Add(new HeldSession(booking.Id, booking.MemberId, booking.AnimatorId, booking.ThemeSlug, booking.StartUtc,
                booking.EndUtc, capacity > 1));
        }
        return sessions;
    }
}
