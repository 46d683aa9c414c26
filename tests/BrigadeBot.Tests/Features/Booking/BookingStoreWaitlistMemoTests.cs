using BrigadeBot.Features.Booking;
using static BrigadeBot.Tests.Features.Booking.StoreUnderTest;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>
/// The writer remembers that the waiting lists were empty; a list joined or an offer made by any other write between
/// two bookings is seen by the next one.
/// </summary>
public sealed class BookingStoreWaitlistMemoTests : IDisposable
{
    private readonly StoreUnderTest store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task A_place_held_after_a_booking_with_no_list_is_respected_by_the_next_booking()
    {
        var slot = store.AddSlot(24, capacity: 2);
        Assert.Null((await store.BookAsync(slot, Member)).Refusal);

        store.HoldPlaceFor(slot, Member3);

        Assert.Equal(BookingRefusal.SlotFull, (await store.BookAsync(slot, Member2)).Refusal);
        Assert.Null((await store.BookAsync(slot, Member3)).Refusal);
        Assert.Empty(store.Waitlist());
    }

    [Fact]
    public async Task A_list_joined_after_a_booking_with_no_list_is_left_by_the_member_who_books()
    {
        var first = store.AddSlot(24, capacity: 1);
        var second = store.AddSlot(48, capacity: 1);
        Assert.Null((await store.BookAsync(first, Member)).Refusal);

        store.Waits(second, Member2);

        Assert.Null((await store.BookAsync(second, Member2)).Refusal);
        Assert.Empty(store.Waitlist());
    }

    [Fact]
    public async Task Bookings_in_a_row_with_no_list_leave_the_lists_empty_and_book_every_place()
    {
        var slot = store.AddSlot(24, capacity: 3);

        var outcomes = await Task.WhenAll(new[] { Member, Member2, Member3, "U0MEMBER4" }.Select(m => store.BookAsync(slot, m)));

        Assert.Equal(3, outcomes.Count(o => o.Refusal is null));
        Assert.Equal(BookingRefusal.SlotFull, Assert.Single(outcomes, o => o.Refusal is not null).Refusal);
        Assert.Empty(store.Waitlist());
    }
}
