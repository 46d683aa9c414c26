using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Common.Members;
using LiteDB;
using static BrigadeBot.Tests.Features.Booking.StoreUnderTest;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>Who may change a booking or a slot, and until when: a member their own booking, an animator their own slot.</summary>
public sealed class BookingStoreOwnershipTests : IDisposable
{
    private readonly StoreUnderTest store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task A_member_cancels_only_their_own_confirmed_coming_booking()
    {
        var slot = store.AddSlot(24);
        var booking = await store.BookedAsync(slot);

        var someoneElse = await store.Store.CancelByMemberAsync(booking.Id, Member2, Rules(), TimeSpan.Zero, default);
        var unknown = await store.Store.CancelByMemberAsync("nowhere", Member, Rules(), TimeSpan.Zero, default);
        var started = await store.Store.CancelByMemberAsync(booking.Id, Member, Rules(now: slot.StartUtc), TimeSpan.Zero, default);

        Assert.All(new[] { someoneElse, unknown, started }, outcome => Assert.Equal((null, false), (outcome.Booking, outcome.TooLate)));
        Assert.Equal(BookingStatus.Confirmed, store.Booking(booking.Id).Status);

        var later = Now.AddHours(1);
        var cancelled = await store.Store.CancelByMemberAsync(booking.Id, Member, Rules(now: later), TimeSpan.Zero, default);
        Assert.False(cancelled.TooLate);
        var saved = store.Booking(booking.Id);
        Assert.Equal((BookingStatus.Cancelled, later, "member"), (saved.Status, saved.CancelledAtUtc, saved.CancelledBy));
        Assert.Equal(booking.Id, cancelled.Booking?.Id);

        var twice = await store.Store.CancelByMemberAsync(booking.Id, Member, Rules(), TimeSpan.Zero, default);
        Assert.Null(twice.Booking);
        Assert.Equal("member", store.Booking(booking.Id).CancelledBy);
    }

    [Fact]
    public async Task Within_the_notice_the_booking_stays_and_the_answer_says_too_late()
    {
        var slot = store.AddSlot(24);
        var booking = await store.BookedAsync(slot);

        var late = await store.Store.CancelByMemberAsync(booking.Id, Member, Rules(), TimeSpan.FromHours(24.5), default);
        Assert.True(late.TooLate);
        Assert.Equal(booking.Id, late.Booking?.Id);
        Assert.Equal(BookingStatus.Confirmed, store.Booking(booking.Id).Status);

        var inTime = await store.Store.CancelByMemberAsync(booking.Id, Member, Rules(), TimeSpan.FromHours(24), default);
        Assert.False(inTime.TooLate);
        Assert.Equal(BookingStatus.Cancelled, store.Booking(booking.Id).Status);
    }

    [Fact]
    public async Task A_cancelled_place_is_offered_to_the_waiting_list_and_a_vanished_slot_offers_nothing()
    {
        var slot = store.AddSlot(24);
        var booking = await store.BookedAsync(slot);
        store.Waits(slot, Member2);

        var outcome = await store.Store.CancelByMemberAsync(booking.Id, Member, Rules(), TimeSpan.Zero, default);
        Assert.Equal(Member2, Assert.Single(outcome.Offers).MemberId);

        var other = store.AddSlot(48);
        var second = await store.BookedAsync(other);
        await store.Database.WriteAsync(db => SlotStore.Slots(db).Delete(other.Id), default);
        var orphan = await store.Store.CancelByMemberAsync(second.Id, Member, Rules(), TimeSpan.Zero, default);
        Assert.Empty(orphan.Offers);
        Assert.Equal(BookingStatus.Cancelled, store.Booking(second.Id).Status);
    }

    [Fact]
    public async Task An_animator_cancels_only_their_own_open_coming_slot_and_only_its_confirmed_bookings()
    {
        var slot = store.AddSlot(24, capacity: 3);
        var other = store.AddSlot(48);
        var left = await store.BookedAsync(slot);
        var kept = await store.BookedAsync(slot, Member2);
        var elsewhere = await store.BookedAsync(other, Member3);
        await store.Store.CancelByMemberAsync(left.Id, Member, Rules(), TimeSpan.Zero, default);
        store.Waits(slot, Member3);

        Assert.Null(await store.Store.CancelSlotAsync(slot.Id, Animator2, Now, default));
        Assert.Null(await store.Store.CancelSlotAsync("nowhere", Animator, Now, default));
        Assert.Null(await store.Store.CancelSlotAsync(slot.Id, Animator, slot.StartUtc, default));
        Assert.Equal(SlotStatus.Open, store.Slot(slot.Id).Status);

        var later = Now.AddHours(1);
        var (cancelledSlot, cancelled, waiting) = (await store.Store.CancelSlotAsync(slot.Id, Animator, later, default))!.Value;

        Assert.Equal((SlotStatus.Cancelled, later), (store.Slot(slot.Id).Status, store.Slot(slot.Id).CancelledAtUtc));
        Assert.Equal(slot.Id, cancelledSlot.Id);
        Assert.Equal(kept.Id, Assert.Single(cancelled).Id);
        var saved = store.Booking(kept.Id);
        Assert.Equal((BookingStatus.Cancelled, later, "animator"), (saved.Status, saved.CancelledAtUtc, saved.CancelledBy));
        Assert.Equal((Now, "member"), (store.Booking(left.Id).CancelledAtUtc, store.Booking(left.Id).CancelledBy));
        Assert.Equal(BookingStatus.Confirmed, store.Booking(elsewhere.Id).Status);
        Assert.Equal(Member3, Assert.Single(waiting).MemberId);
        Assert.Empty(store.Waitlist());

        Assert.Null(await store.Store.CancelSlotAsync(slot.Id, Animator, later, default));
    }

    [Fact]
    public async Task Only_the_session_s_animator_marks_attendance_and_only_from_its_start()
    {
        var slot = store.AddSlot(24);
        var booking = await store.BookedAsync(slot);
        var cancelledSlot = store.AddSlot(48);
        var cancelled = await store.BookedAsync(cancelledSlot);
        await store.Store.CancelByMemberAsync(cancelled.Id, Member, Rules(), TimeSpan.Zero, default);
        var start = slot.StartUtc;

        Assert.Null(await store.Store.MarkAttendanceAsync(booking.Id, Animator, Attendance.Present, start.AddMinutes(-1), default));
        Assert.Null(await store.Store.MarkAttendanceAsync(booking.Id, Animator2, Attendance.Present, start, default));
        Assert.Null(await store.Store.MarkAttendanceAsync("nowhere", Animator, Attendance.Present, start, default));
        Assert.Null(await store.Store.MarkAttendanceAsync(cancelled.Id, Animator, Attendance.Present, cancelledSlot.StartUtc, default));
        Assert.Null(store.Booking(booking.Id).Attendance);

        var marked = await store.Store.MarkAttendanceAsync(booking.Id, Animator, Attendance.Present, start, default);

        var saved = store.Booking(booking.Id);
        Assert.Equal((Attendance.Present, start, BookingStatus.Confirmed), (saved.Attendance, saved.AttendanceMarkedAtUtc, saved.Status));
        Assert.Equal(booking.Id, marked?.Id);
        Assert.Null(saved.SessionFactId);
    }

    [Fact]
    public async Task Absent_after_the_follow_up_takes_the_statistics_fact_back_and_present_gives_it_again()
    {
        var slot = store.AddSlot(24, capacity: 2);
        var booking = await store.BookedAsync(slot);
        var start = slot.StartUtc;
        var held = await store.Store.ClaimAsync(booking.Id, (b, _) =>
        {
            b.Status = BookingStatus.Held;
            b.FollowUpSentAt = start;
            return true;
        }, default);
        var factId = held?.SessionFactId;
        Assert.NotNull(factId);
        Assert.True(Assert.Single(await FactsAsync()).Group);

        await store.Store.MarkAttendanceAsync(booking.Id, Animator, Attendance.Absent, start, default);
        Assert.Equal((BookingStatus.Absent, null), (store.Booking(booking.Id).Status, store.Booking(booking.Id).SessionFactId));
        Assert.Empty(await FactsAsync());
        await store.Store.MarkAttendanceAsync(booking.Id, Animator, Attendance.Absent, start, default);
        Assert.Empty(await FactsAsync());

        await store.Store.MarkAttendanceAsync(booking.Id, Animator, Attendance.Present, start, default);
        var again = store.Booking(booking.Id);
        Assert.Equal(BookingStatus.Held, again.Status);
        Assert.NotNull(again.SessionFactId);
        Assert.NotEqual(factId, again.SessionFactId);
        Assert.Single(await FactsAsync());

        await store.Store.MarkAttendanceAsync(booking.Id, Animator, Attendance.Present, start, default);
        Assert.Equal(again.SessionFactId, store.Booking(booking.Id).SessionFactId);
        Assert.Single(await FactsAsync());
    }

    [Fact]
    public async Task A_claim_sees_the_other_active_places_and_saves_only_when_it_says_yes()
    {
        var slot = store.AddSlot(24, capacity: 3);
        var booking = await store.BookedAsync(slot);
        var other = await store.BookedAsync(slot, Member2);
        var gone = await store.BookedAsync(slot, Member3);
        await store.Store.CancelByMemberAsync(gone.Id, Member3, Rules(), TimeSpan.Zero, default);

        IReadOnlyList<string> seen = [];
        var refused = await store.Store.ClaimAsync(booking.Id, (b, others) =>
        {
            seen = others.Select(o => o.Id).ToList();
            b.Note = "changée";
            return false;
        }, default);
        Assert.Null(refused);
        Assert.Equal([other.Id], seen);
        Assert.Null(store.Booking(booking.Id).Note);
        Assert.Null(await store.Store.ClaimAsync("nowhere", (_, _) => true, default));

        var claimed = await store.Store.ClaimAsync(booking.Id, (b, _) =>
        {
            b.Note = "changée";
            return true;
        }, default);
        Assert.Equal("changée", store.Booking(booking.Id).Note);
        Assert.Null(claimed?.SessionFactId);
        Assert.Empty(await FactsAsync());
    }

    [Fact]
    public async Task The_statistics_fact_of_a_held_session_carries_the_category_only_with_consent_and_group_only_above_one_place()
    {
        var individual = store.AddSlot(24);
        var group = store.AddSlot(48, capacity: 2);
        var consented = (await store.Store.TryBookAsync(new BookingRequest(Member, individual.Id, Theme, null, new ProfileChoices("v1", "aine", true)),
            Rules(), default)).Booking!;
        var withheld = (await store.Store.TryBookAsync(new BookingRequest(Member2, group.Id, Theme, null, new ProfileChoices("v1", "aine", false)),
            Rules(), default)).Booking!;

        foreach (var booking in new[] { consented, withheld })
            await store.Store.ClaimAsync(booking.Id, (b, _) => { b.Status = BookingStatus.Held; return true; }, default);

        var facts = (await FactsAsync()).OrderBy(f => f.Day).Select(f => (f.Category, f.Group)).ToList();
        Assert.Equal([("aine", false), (SessionFactStore.CategoryWithheld, true)], facts);
    }

    [Fact]
    public async Task The_bookings_are_indexed_by_slot_member_and_start()
    {
        var indexes = await store.Database.ReadAsync(db => db.GetCollection("$indexes")
            .Find(Query.EQ("collection", BookingStore.Collection)).Select(i => i["name"].AsString).Where(n => n != "_id").Order().ToList());

        Assert.Equal(["MemberId", "SlotId", "StartUtc"], indexes);
    }

    private async Task<IReadOnlyList<BrigadeBot.Features.Booking.SessionFact>> FactsAsync() =>
        await store.Facts.BetweenAsync(DateOnly.MinValue, DateOnly.MaxValue);
}
