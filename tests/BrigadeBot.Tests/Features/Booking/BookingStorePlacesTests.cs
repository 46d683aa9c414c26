using BrigadeBot.Features.Booking;
using static BrigadeBot.Tests.Features.Booking.StoreUnderTest;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>
/// The places the writer remembers between bookings, against the database after every step of a long mixed sequence
/// (bookings, moves, cancellations by members and by other writes): never a place too many, never a refusal with room.
/// </summary>
public sealed class BookingStorePlacesTests : IDisposable
{
    private readonly StoreUnderTest store = new();

    public void Dispose() => store.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Every_answer_matches_the_places_taken_on_disk(int seed)
    {
        var random = new Random(seed);
        var slots = new[] { store.AddSlot(24, capacity: 2), store.AddSlot(48, capacity: 3), store.AddSlot(72, capacity: 1) };
        var members = Enumerable.Range(0, 6).Select(i => $"U0PLACES{i}").ToArray();
        var (booked, refusedFull) = (0, 0);

        for (var step = 0; step < 400; step++)
        {
            var member = members[random.Next(members.Length)];
            var slot = slots[random.Next(slots.Length)];
            var theirs = store.Bookings().Where(b => b.MemberId == member && b.Status == BookingStatus.Confirmed).ToList();
            switch (random.Next(4))
            {
                case 0 or 1:
                    var outcome = await store.BookAsync(slot, member);
                    if (outcome.Refusal == BookingRefusal.SlotFull)
                    {
                        refusedFull++;
                        Assert.True(Taken(slot) >= slot.Capacity, $"step {step}: refused with room in {slot.Id}");
                    }
                    else if (outcome.Refusal is null) booked++;
                    break;
                case 2 when theirs.Count > 0:
                    var moved = await store.BookAsync(slot, member, moving: theirs[random.Next(theirs.Count)].Id);
                    if (moved.Refusal == BookingRefusal.SlotFull)
                        Assert.True(Taken(slot) >= slot.Capacity, $"step {step}: move refused with room in {slot.Id}");
                    break;
                case 3 when theirs.Count > 0:
                    var leaving = theirs[random.Next(theirs.Count)];
                    if (random.Next(2) == 0)
                    {
                        await store.Store.CancelByMemberAsync(leaving.Id, member, Rules(), TimeSpan.Zero, default);
                    }
                    else
                    {
                        leaving.Status = BookingStatus.Cancelled; // any other write: an erasure, a correction
                        store.Update(leaving);
                    }
                    break;
            }
            foreach (var each in slots) Assert.True(Taken(each) <= each.Capacity, $"step {step}: {each.Id} holds more than its places");
        }

        Assert.True(booked > 50 && refusedFull > 20, $"the sequence must fill slots often: {booked} booked, {refusedFull} refused full");
    }

    private int Taken(Slot slot) => store.Bookings().Count(b => b.SlotId == slot.Id && b.Status != BookingStatus.Cancelled);
}
