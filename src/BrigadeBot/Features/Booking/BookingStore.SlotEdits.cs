using LiteDB;

namespace BrigadeBot.Features.Booking;

/// <summary>An animator's change of a slot, with the bookings in it, in one write.</summary>
public sealed partial class BookingStore
{
    /// <summary>
    /// Changes a coming slot of <paramref name="animatorId"/>: never below the places taken, never onto another of their
    /// slots (nor within <paramref name="buffer"/> of one). Its bookings follow a new time or link with a raised
    /// calendar sequence; new places go to the waiting list.
    /// </summary>
    public Task<SlotEditOutcome> EditSlotAsync(string slotId, string animatorId, SlotEdit edit, TimeSpan buffer, BookingRules rules,
        CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var slots = SlotStore.Slots(db);
            var slot = slots.FindById(slotId);
            if (slot is null || slot.AnimatorId != animatorId || slot.Status != SlotStatus.Open || slot.StartUtc <= rules.NowUtc)
                return new SlotEditOutcome(null, [], [], Refused: true);
            var active = Active(db, slot.Id);
            if (edit.Capacity < active.Count) return new SlotEditOutcome(slot, [], [], Taken: active.Count);
            var moved = slot.StartUtc != edit.StartUtc || slot.EndUtc != edit.EndUtc;
            var changed = moved || slot.VideoLink != edit.VideoLink;
            var (oldStart, oldEnd, oldLink) = (slot.StartUtc, slot.EndUtc, slot.VideoLink);
            (slot.StartUtc, slot.EndUtc, slot.VideoLink, slot.Capacity) = (edit.StartUtc, edit.EndUtc, edit.VideoLink, edit.Capacity);
            if (moved && SlotStore.Clash(db, slot, buffer) is { } clash)
            {
                (slot.StartUtc, slot.EndUtc) = (oldStart, oldEnd);
                return new SlotEditOutcome(slot, [], [], Clash: clash);
            }
            slots.Update(slot);
            var followed = changed ? active.Where(b => b.Status == BookingStatus.Confirmed).ToList() : [];
            foreach (var booking in followed)
            {
                (booking.StartUtc, booking.EndUtc) = (slot.StartUtc, slot.EndUtc);
                booking.CalendarSequence++;
                booking.ChangedAtUtc = rules.NowUtc;
                if (moved) (booking.Reminder24hSentAt, booking.Reminder1hSentAt) = (null, null);
                Bookings(db).Update(booking);
            }
            return new SlotEditOutcome(slot, followed, OfferFreed(db, slot, rules)) { Moved = moved, Relinked = slot.VideoLink != oldLink };
        }, ct);
}
