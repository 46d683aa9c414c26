using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Codev;
using BrigadeBot.Storage;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// <see cref="IImpactSource"/> over the stored bookings (held or marked absent), slots (group when more than one
/// place), member profiles (category only with the statistics consent) and codev meetings (started, not cancelled).
/// </summary>
public sealed class StoredImpactSource(BrigadeDatabase database, TimeProvider time) : IImpactSource
{
    /// <summary>Categories counted as such; anything else (no answer, refused) is « non communiquée ».</summary>
    public static readonly IReadOnlyList<string> Categories = ["artiste", "etudiant", "organisme", "autre"];

    public ImpactFacts Facts(DateTime fromUtc, DateTime toUtc)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.Read(db =>
        {
            var bookings = BookingStore.Bookings(db).Find(b => b.StartUtc >= fromUtc && b.StartUtc < toUtc)
                .Where(b => b.Status is BookingStatus.Held or BookingStatus.Absent)
                .ToList();
            var slots = SlotStore.Slots(db);
            var groups = bookings.Select(b => b.SlotId).Distinct()
                .ToDictionary(id => id, id => slots.FindById(id)?.Capacity > 1);
            var profiles = MemberProfileStore.Profiles(db);
            var categories = bookings.Select(b => b.MemberId).Distinct()
                .ToDictionary(id => id, id => profiles.FindById(id) is { CategoryInStatistics: true, Category: { } c } && Categories.Contains(c) ? c : null);
            var held = bookings.Where(b => b.Status == BookingStatus.Held)
                .Select(b => new AccompanimentFact(b.MemberId, b.ThemeSlug, groups[b.SlotId], categories[b.MemberId]))
                .ToList();
            var meetings = MeetingStore.Meetings(db).Find(m => m.StartsAtUtc >= fromUtc && m.StartsAtUtc < toUtc)
                .Where(m => m.StartsAtUtc <= now)
                .Select(m => new CodevFact(m.StartsAtUtc, m.RegisteredIds.Count))
                .ToList();
            return new ImpactFacts(held, bookings.Count(b => b.Status == BookingStatus.Absent), meetings);
        });
    }
}
