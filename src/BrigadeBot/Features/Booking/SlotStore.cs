using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Storage;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Booking;

/// <summary>The <c>booking_slots</c> collection: animators' availability.</summary>
public sealed class SlotStore(BrigadeDatabase database) : IStoreSetup
{
    public const string Collection = "booking_slots";

    /// <summary>Slots expire with the bookings (<see cref="BookingStore.Expire"/>).</summary>
    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(Slot), "Créneaux offerts par les personnes animatrices.",
        "Personnes animatrices ; les membres voient l'heure, la durée et le lien au moment de réserver.",
        "`Privacy:Retention:BookingsMonths` après la fin du créneau.",
    [
        F("Id", "Identifiant interne."), F("AnimatorId", "Identifiant Slack de la personne animatrice."),
        F("StartUtc", "Début (UTC)."), F("EndUtc", "Fin (UTC)."), F("Capacity", "Nombre de places."),
        F("VideoLink", "Lien de visioconférence."), F("ThemeSlugs", "Thèmes offerts."), F("Status", "Ouvert ou annulé."),
        F("SeriesId", "Série de créneaux publiés ensemble."), F("CreatedAtUtc", "Publication."), F("CancelledAtUtc", "Annulation."),
    ], BookingStore.Retention);

    public void EnsureIndexes(ILiteDatabase db)
    {
        var slots = Slots(db);
        slots.EnsureIndex(s => s.AnimatorId);
        slots.EnsureIndex(s => s.StartUtc);
    }

    internal static ILiteCollection<Slot> Slots(ILiteDatabase db) => db.GetCollection<Slot>(Collection);

    public Task<Slot?> FindAsync(string id, CancellationToken ct = default) => database.ReadAsync<Slot?>(db => Slots(db).FindById(id), ct);

    /// <summary>
    /// Inserts the slots unless one overlaps an open slot of the same animator (or another of the batch), or comes within
    /// <paramref name="buffer"/> of one: returns that existing slot, or <c>null</c> when all were stored.
    /// </summary>
    public Task<Slot?> TryPublishAsync(IReadOnlyList<Slot> batch, TimeSpan buffer, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var slots = Slots(db);
            for (var i = 0; i < batch.Count; i++)
            {
                var clash = Clash(db, batch[i], buffer) ?? batch.Take(i).FirstOrDefault(s => TooClose(s, batch[i], buffer));
                if (clash is not null) return clash;
            }
            slots.InsertBulk(batch);
            return null;
        }, ct);

    /// <summary>An open slot of the same animator (not <paramref name="slot"/> itself) that overlaps it or comes within the buffer.</summary>
    internal static Slot? Clash(ILiteDatabase db, Slot slot, TimeSpan buffer)
    {
        var (animator, id, from, to) = (slot.AnimatorId, slot.Id, slot.StartUtc - buffer, slot.EndUtc + buffer);
        return Slots(db).Find(s => s.AnimatorId == animator && s.EndUtc > from && s.StartUtc < to)
            .FirstOrDefault(s => s.Status == SlotStatus.Open && s.Id != id);
    }

    private static bool TooClose(Slot a, Slot b, TimeSpan buffer) => a.Overlaps(b.StartUtc - buffer, b.EndUtc + buffer);

    /// <summary>Open slots starting after <paramref name="nowUtc"/>, soonest first.</summary>
    public Task<IReadOnlyList<Slot>> UpcomingAsync(DateTime nowUtc, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Slot>>(db => Slots(db).Find(s => s.StartUtc > nowUtc)
            .Where(s => s.Status == SlotStatus.Open)
            .OrderBy(s => s.StartUtc)
            .ToList(), ct);

    /// <summary>An animator's open slots that have not started, soonest first.</summary>
    public Task<IReadOnlyList<Slot>> UpcomingOfAsync(string animatorId, DateTime nowUtc, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Slot>>(db => Slots(db).Find(s => s.AnimatorId == animatorId && s.StartUtc > nowUtc)
            .Where(s => s.Status == SlotStatus.Open)
            .OrderBy(s => s.StartUtc)
            .ToList(), ct);

    /// <summary>An animator's open slots started between <paramref name="sinceUtc"/> and <paramref name="nowUtc"/>, latest first.</summary>
    public Task<IReadOnlyList<Slot>> StartedOfAsync(string animatorId, DateTime sinceUtc, DateTime nowUtc, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Slot>>(db => Slots(db).Find(s => s.AnimatorId == animatorId && s.StartUtc <= nowUtc && s.StartUtc >= sinceUtc)
            .Where(s => s.Status == SlotStatus.Open)
            .OrderByDescending(s => s.StartUtc)
            .ToList(), ct);
}
