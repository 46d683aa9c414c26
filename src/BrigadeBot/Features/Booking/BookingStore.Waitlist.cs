using BrigadeBot.Features.Common.Waitlists;
using LiteDB;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// Places and waiting lists, counted in the same write as the bookings: a slot's taken places are its active bookings
/// plus the places held for a waiting member; a freed place goes to the first person waiting for the slot or its themes.
/// </summary>
public sealed partial class BookingStore
{
    internal static IReadOnlyList<Booking> Active(ILiteDatabase db, string slotId) =>
        Bookings(db).Find(b => b.SlotId == slotId).Where(b => b.Status != BookingStatus.Cancelled).ToList();

    /// <summary>
    /// <see cref="Active"/>'s count, read from the documents without mapping them to bookings: mapping a full slot's fifty
    /// bookings was the largest step of every booking's write, and of every booking modal once many slots were booked.
    /// </summary>
    internal static int ActiveCount(ILiteDatabase db, string slotId) => ActiveDocuments(db, slotId).Count();

    /// <summary>
    /// The active bookings of a slot as stored documents. The expression's text is constant (the slot is a parameter) so
    /// LiteDB parses it once; <c>Query.EQ</c> would write each slot id into a new text, parsed and cached anew.
    /// </summary>
    private static IEnumerable<BsonDocument> ActiveDocuments(ILiteDatabase db, string slotId)
    {
        var cancelled = db.Mapper.Serialize(typeof(BookingStatus), BookingStatus.Cancelled);
        return db.GetCollection(Collection).Find(BsonExpression.Create($"$.{nameof(Booking.SlotId)} = @0", slotId))
            .Where(d => d[nameof(Booking.Status)] != cancelled);
    }

    /// <summary>Offers the free places of <paramref name="slot"/>, if it can still be booked, to the people waiting for it.</summary>
    private static IReadOnlyList<WaitlistEntry> OfferFreed(ILiteDatabase db, Slot slot, BookingRules rules)
    {
        if (slot.Status != SlotStatus.Open || slot.StartUtc < rules.EarliestStartUtc) return [];
        var place = WaitQueues.Place(slot.Id);
        var active = Active(db, slot.Id);
        var free = slot.Capacity - active.Count - WaitlistStore.Held(db, place, null, rules.NowUtc);
        var inside = active.Select(b => b.MemberId).ToHashSet(StringComparer.Ordinal);
        return WaitlistStore.Offer(db, WaitQueues.Serving(slot), place, free, e => !inside.Contains(e.MemberId), rules.NowUtc, rules.Hold);
    }

    /// <summary>
    /// The member got a place in <paramref name="slot"/>: they leave its list and the theme's, with the place they held
    /// (here or in another slot, which then goes to the next person: the offers returned).
    /// </summary>
    private static IReadOnlyList<WaitlistEntry> Served(ILiteDatabase db, string memberId, Slot slot, string themeSlug, BookingRules rules)
    {
        var removed = WaitlistStore.RemoveFrom(db, memberId, [WaitQueues.Slot(slot.Id), WaitQueues.Theme(themeSlug)]).ToList();
        if (WaitlistStore.HeldBy(db, WaitQueues.Place(slot.Id), memberId, rules.NowUtc) is { } served)
        {
            WaitlistStore.Remove(db, served.Id);
            removed.Add(served);
        }
        return removed.Select(e => e.OfferedPlace).OfType<string>().Where(p => p != WaitQueues.Place(slot.Id)).Distinct()
            .Select(p => SlotStore.Slots(db).FindById(WaitQueues.SlotOf(p)))
            .OfType<Slot>()
            .SelectMany(s => OfferFreed(db, s, rules))
            .ToList();
    }

    /// <summary>
    /// A slot gone: offers of its place made to theme lists are taken back, and its own list is emptied; returns who was on
    /// it, to be told.
    /// </summary>
    private static IReadOnlyList<DroppedWaiter> CloseWaitlist(ILiteDatabase db, Slot slot)
    {
        WaitlistStore.Withdraw(db, WaitQueues.Place(slot.Id));
        return WaitlistStore.Close(db, WaitQueues.Slot(slot.Id))
            .Select(e => (e.MemberId, Theme: e.Choice ?? slot.ThemeSlugs.FirstOrDefault() ?? ""))
            .Distinct()
            .Select(w => new DroppedWaiter(w.MemberId, w.Theme, WaitlistStore.Waits(db, w.MemberId, WaitQueues.Theme(w.Theme))))
            .ToList();
    }

    /// <summary>Puts the member on <paramref name="queue"/>, then offers at once any place free for it (a race with a cancellation).</summary>
    public Task<(WaitlistEntry Entry, IReadOnlyList<WaitlistEntry> Offers)> JoinAsync(string memberId, string queue, string themeSlug,
        BookingRules rules, CancellationToken ct) =>
        database.WriteAsync<(WaitlistEntry, IReadOnlyList<WaitlistEntry>)>(db =>
        {
            var entry = WaitlistStore.Join(db, WaitQueues.Owner, queue, memberId, themeSlug, rules.NowUtc);
            var slots = WaitQueues.SlotOf(queue) is { } slotId
                ? [SlotStore.Slots(db).FindById(slotId)]
                : SlotStore.Slots(db).Find(s => s.StartUtc > rules.NowUtc).Where(s => s.ThemeSlugs.Contains(themeSlug)).ToList();
            var offers = slots.OfType<Slot>().SelectMany(s => OfferFreed(db, s, rules)).ToList();
            return (entry, offers);
        }, ct);

    /// <summary>
    /// An offer whose hold has passed: the entry leaves the list and the place goes to the next person. <c>null</c> when
    /// the offer is no longer out (taken, left) or not yet due.
    /// </summary>
    public Task<(WaitlistEntry Expired, IReadOnlyList<WaitlistEntry> Offers)?> EndOfferAsync(string entryId, BookingRules rules,
        CancellationToken ct) =>
        database.WriteAsync<(WaitlistEntry, IReadOnlyList<WaitlistEntry>)?>(db =>
        {
            var entry = WaitlistStore.Find(db, entryId);
            if (entry?.OfferedPlace is not { } place || entry.HoldUntilUtc > rules.NowUtc) return null;
            WaitlistStore.Remove(db, entry.Id);
            var slot = WaitQueues.SlotOf(place) is { } slotId ? SlotStore.Slots(db).FindById(slotId) : null;
            return (entry, slot is null ? [] : OfferFreed(db, slot, rules));
        }, ct);

    /// <summary>Offers the free places of these slots (new, enlarged or released) to the people waiting.</summary>
    public Task<IReadOnlyList<WaitlistEntry>> OfferFreedAsync(IReadOnlyCollection<string> slotIds, BookingRules rules, CancellationToken ct) =>
        database.WriteAsync<IReadOnlyList<WaitlistEntry>>(db => slotIds
            .Select(id => SlotStore.Slots(db).FindById(id))
            .OfType<Slot>()
            .SelectMany(s => OfferFreed(db, s, rules))
            .ToList(), ct);
}
