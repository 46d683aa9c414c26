using BrigadeBot.Features.Booking;
using static BrigadeBot.Tests.Features.Booking.StoreUnderTest;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>The store's reads: which bookings count as coming, taken, active or absent.</summary>
public sealed class BookingStoreQueryTests : IDisposable
{
    private readonly StoreUnderTest store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Coming_bookings_are_the_member_s_confirmed_ones_not_yet_ended_soonest_first()
    {
        var later = await store.BookedAsync(store.AddSlot(48));
        var sooner = await store.BookedAsync(store.AddSlot(24));
        var ended = await store.BookedAsync(store.AddSlot(2));
        var cancelled = await store.BookedAsync(store.AddSlot(72));
        await store.Store.CancelByMemberAsync(cancelled.Id, Member, Rules(), TimeSpan.Zero, default);
        var theirs = await store.BookedAsync(store.AddSlot(96), Member2);

        var coming = await store.Store.UpcomingOfAsync(Member, store.Booking(ended.Id).EndUtc);

        Assert.Equal([sooner.Id, later.Id], coming.Select(b => b.Id));
        Assert.Equal(new[] { sooner.Id, later.Id, ended.Id, theirs.Id }.Order(), (await store.Store.RemindableAsync()).Select(b => b.Id).Order());
    }

    [Fact]
    public async Task Taken_places_count_active_bookings_and_places_held_for_others_and_say_whether_one_is_mine()
    {
        var slot = store.AddSlot(24, capacity: 3);
        var empty = store.AddSlot(48);
        var gone = await store.BookedAsync(slot, Member2);
        await store.Store.CancelByMemberAsync(gone.Id, Member2, Rules(), TimeSpan.Zero, default);
        await store.BookedAsync(slot);
        store.HoldPlaceFor(slot, Member3);

        var mine = await store.Store.TakenAsync([slot.Id, slot.Id, empty.Id], Member, Now);
        var theirs = await store.Store.TakenAsync([slot.Id], Member3, Now);
        var afterHold = await store.Store.TakenAsync([slot.Id], Member2, Now + Hold);

        Assert.Equal(((2, true), (0, false)), (mine[slot.Id], mine[empty.Id]));
        Assert.Equal((1, false), theirs[slot.Id]);
        Assert.Equal((1, false), afterHold[slot.Id]);
    }

    [Fact]
    public async Task Active_places_leave_out_cancelled_bookings_and_other_slots()
    {
        var slot = store.AddSlot(24, capacity: 3);
        var kept = await store.BookedAsync(slot);
        var gone = await store.BookedAsync(slot, Member2);
        await store.Store.CancelByMemberAsync(gone.Id, Member2, Rules(), TimeSpan.Zero, default);
        await store.BookedAsync(store.AddSlot(48), Member3);

        Assert.Equal([kept.Id], (await store.Store.ActiveInAsync([slot.Id])).Select(b => b.Id));
    }

    [Fact]
    public async Task Absences_are_counted_for_sessions_starting_inside_the_period_only()
    {
        var first = store.AddSlot(24);
        var second = store.AddSlot(48);
        var third = store.AddSlot(72);
        foreach (var slot in new[] { first, second, third })
        {
            var booking = await store.BookedAsync(slot);
            await store.Store.MarkAttendanceAsync(booking.Id, Animator, Attendance.Absent, slot.StartUtc, default);
        }
        var present = await store.BookedAsync(store.AddSlot(25));
        await store.Store.MarkAttendanceAsync(present.Id, Animator, Attendance.Present, present.StartUtc, default);

        Assert.Equal(2, await store.Store.AbsentBetweenAsync(first.StartUtc, third.StartUtc));
        Assert.Equal(1, await store.Store.AbsentBetweenAsync(second.StartUtc, third.StartUtc));
    }
}
