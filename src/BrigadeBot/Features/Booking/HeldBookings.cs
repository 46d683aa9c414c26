using BrigadeBot.Features.Common.FollowUps;
using BrigadeBot.Features.Common.Sessions;
using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Booking;

/// <summary>The bookings held, as other features see them (<see cref="IHeldSessions"/>): a session is a booking.</summary>
public sealed class HeldBookings(BrigadeDatabase database) : IHeldSessions
{
    public HeldSession? Held(ILiteDatabase db, string sessionId) =>
        BookingStore.Bookings(db).FindById(sessionId) is { Status: BookingStatus.Held } booking
            ? Describe(booking, SlotStore.Slots(db).FindById(booking.SlotId))
            : null;

    public string? MemberOf(ILiteDatabase db, string sessionId) => BookingStore.Bookings(db).FindById(sessionId)?.MemberId;

    public IReadOnlySet<string> IdsOf(ILiteDatabase db, string memberId) =>
        BookingStore.Bookings(db).Find(b => b.MemberId == memberId).Select(b => b.Id).ToHashSet();

    public Task<HeldSession?> FindHeldAsync(string sessionId, CancellationToken ct) => database.ReadAsync(db => Held(db, sessionId), ct);

    public Task<IReadOnlyList<HeldSession>> HeldBetweenAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<HeldSession>>(db =>
        {
            var slots = new Dictionary<string, Slot?>(StringComparer.Ordinal);
            return BookingStore.Bookings(db).Find(b => b.StartUtc >= fromUtc && b.StartUtc < toUtc)
                .Where(b => b.Status == BookingStatus.Held)
                .Select(b => Describe(b, slots.TryGetValue(b.SlotId, out var slot) ? slot : slots[b.SlotId] = SlotStore.Slots(db).FindById(b.SlotId)))
                .ToList();
        }, ct);

    public static HeldSession Describe(Booking booking, Slot? slot) =>
        new(booking.Id, booking.MemberId, booking.AnimatorId, booking.ThemeSlug, booking.StartUtc, booking.EndUtc, Group: slot is { Capacity: > 1 });
}
