using BrigadeBot.Features.Booking;
using static BrigadeBot.Tests.Features.Booking.StoreUnderTest;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>Moving a booking to another slot: only the member's own coming booking, in one write that frees the old place.</summary>
public sealed class BookingStoreMoveTests : IDisposable
{
    private readonly StoreUnderTest store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Only_the_member_s_own_confirmed_coming_booking_moves_and_never_to_its_own_slot()
    {
        var from = store.AddSlot(24);
        var to = store.AddSlot(48, capacity: 2);
        var mine = await store.BookedAsync(from);
        var cancelledSlot = store.AddSlot(72);
        var cancelled = await store.BookedAsync(cancelledSlot);
        await store.Store.CancelByMemberAsync(cancelled.Id, Member, Rules(), TimeSpan.Zero, default);

        Assert.All(new[]
        {
            await store.BookAsync(to, Member2, moving: mine.Id),
            await store.BookAsync(to, moving: "nowhere"),
            await store.BookAsync(to, moving: cancelled.Id),
            await store.BookAsync(from, moving: mine.Id),
            await store.BookAsync(to, rules: Rules(now: from.StartUtc), moving: mine.Id),
        }, outcome => Assert.Equal(BookingRefusal.NotMovable, outcome.Refusal));
        Assert.Equal(from.Id, store.Booking(mine.Id).SlotId);
        Assert.Single(store.Bookings(), b => b.Status == BookingStatus.Confirmed);
    }

    [Fact]
    public async Task A_move_takes_the_new_place_frees_the_old_one_for_the_waiting_list_and_resets_the_reminders()
    {
        var from = store.AddSlot(24);
        var to = store.AddSlot(48, animator: Animator2);
        var mine = await store.BookedAsync(from);
        mine.Reminder24hSentAt = Now;
        mine.Reminder1hSentAt = Now;
        store.Update(mine);
        store.Waits(from, Member2);
        var later = Now.AddHours(1);

        var moved = await store.BookAsync(to, rules: Rules(now: later), moving: mine.Id);

        Assert.Null(moved.Refusal);
        var saved = store.Booking(mine.Id);
        Assert.Equal((to.Id, Animator2, to.StartUtc, to.EndUtc, 1, later, null, null),
            (saved.SlotId, saved.AnimatorId, saved.StartUtc, saved.EndUtc, saved.CalendarSequence, saved.ChangedAtUtc,
                saved.Reminder24hSentAt, saved.Reminder1hSentAt));
        Assert.Equal((mine.Id, to.Id, from.Id), (moved.Booking?.Id, moved.Slot?.Id, moved.From?.Id));
        Assert.Equal(Member2, Assert.Single(moved.Offers).MemberId);
        Assert.Single(store.Bookings());
    }

    [Fact]
    public async Task The_booking_being_moved_counts_neither_as_an_overlap_nor_toward_the_limits()
    {
        var rules = Rules(maxUpcoming: 1, perDay: 1);
        var mine = await store.BookedAsync(store.AddSlot(24), rules: rules);

        var moved = await store.BookAsync(store.AddSlot(24.5), rules: rules, moving: mine.Id);

        Assert.Null(moved.Refusal);
        Assert.Equal(Now.AddHours(24.5), store.Booking(mine.Id).StartUtc);
    }

    [Fact]
    public async Task A_move_out_of_a_slot_that_vanished_offers_nothing()
    {
        var from = store.AddSlot(24);
        var mine = await store.BookedAsync(from);
        await store.Database.WriteAsync(db => SlotStore.Slots(db).Delete(from.Id), default);

        var moved = await store.BookAsync(store.AddSlot(48), moving: mine.Id);

        Assert.Null(moved.Refusal);
        Assert.Null(moved.From);
        Assert.Empty(moved.Offers);
    }
}
