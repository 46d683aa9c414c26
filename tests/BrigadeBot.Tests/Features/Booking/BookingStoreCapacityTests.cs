using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common.Waitlists;
using static BrigadeBot.Tests.Features.Booking.StoreUnderTest;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>What <see cref="BookingStore.TryBookAsync"/> checks inside its write, each limit at its exact edge.</summary>
public sealed class BookingStoreCapacityTests : IDisposable
{
    private readonly StoreUnderTest store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task A_slot_never_holds_more_than_its_capacity_and_a_cancelled_place_counts_again()
    {
        var slot = store.AddSlot(24, capacity: 2);
        var first = await store.BookedAsync(slot);
        await store.BookedAsync(slot, Member2);

        var full = await store.BookAsync(slot, Member3);
        Assert.Equal(BookingRefusal.SlotFull, full.Refusal);
        Assert.Null(full.Booking);
        Assert.Equal(slot.Id, full.Slot?.Id);
        Assert.Equal(2, store.Bookings().Count);

        await store.Store.CancelByMemberAsync(first.Id, Member, Rules(), TimeSpan.Zero, default);
        await store.BookedAsync(slot, Member3);
        Assert.Equal(2, store.Bookings().Count(b => b.Status == BookingStatus.Confirmed));
    }

    [Fact]
    public async Task Every_booking_but_a_cancelled_one_takes_a_place_whatever_became_of_it()
    {
        var slot = store.AddSlot(24, capacity: 4);
        BookingStatus[] became = [BookingStatus.Held, BookingStatus.Absent, BookingStatus.Cancelled, BookingStatus.Cancelled];
        for (var i = 0; i < became.Length; i++)
        {
            var booking = await store.BookedAsync(slot, $"U0EARLIER{i}");
            booking.Status = became[i];
            store.Update(booking);
        }

        await store.BookedAsync(slot, Member);
        await store.BookedAsync(slot, Member2);

        Assert.Equal(BookingRefusal.SlotFull, (await store.BookAsync(slot, Member3)).Refusal);
        Assert.Equal(4, store.Database.ReadNow(db => BookingStore.ActiveCount(db, slot.Id)));
        Assert.Equal(4, store.Database.ReadNow(db => BookingStore.Active(db, slot.Id).Count));
    }

    [Fact]
    public async Task A_place_freed_by_any_other_write_is_seen_by_the_next_booking()
    {
        var slot = store.AddSlot(24, capacity: 1);
        var first = await store.BookedAsync(slot);
        Assert.Equal(BookingRefusal.SlotFull, (await store.BookAsync(slot, Member2)).Refusal);

        first.Status = BookingStatus.Cancelled; // as an erasure or a correction would, in a write of its own
        store.Update(first);

        await store.BookedAsync(slot, Member2);
        Assert.Equal(BookingRefusal.SlotFull, (await store.BookAsync(slot, Member3)).Refusal);
    }

    [Fact]
    public async Task A_place_taken_by_any_other_write_is_seen_by_the_next_booking()
    {
        var slot = store.AddSlot(24, capacity: 2);
        await store.BookedAsync(slot);
        await store.Database.WriteAsync(db => BookingStore.Bookings(db).Insert(new BrigadeBot.Features.Booking.Booking
        {
            Id = "restored", SlotId = slot.Id, ThemeSlug = Theme, MemberId = Member2, AnimatorId = Animator,
            StartUtc = slot.StartUtc, EndUtc = slot.EndUtc, CreatedAtUtc = Now,
        }), default);

        Assert.Equal(BookingRefusal.SlotFull, (await store.BookAsync(slot, Member3)).Refusal);
    }

    [Fact]
    public async Task A_booking_moved_away_frees_its_place_for_the_next_booking()
    {
        var first = store.AddSlot(24, capacity: 1);
        var second = store.AddSlot(48, capacity: 1);
        var booking = await store.BookedAsync(first);
        Assert.Equal(BookingRefusal.SlotFull, (await store.BookAsync(first, Member2)).Refusal);

        Assert.Null((await store.BookAsync(second, moving: booking.Id)).Refusal);

        await store.BookedAsync(first, Member2);
        Assert.Equal(BookingRefusal.SlotFull, (await store.BookAsync(second, Member3)).Refusal);
    }

    [Fact]
    public async Task A_slot_cancelled_or_enlarged_by_another_write_is_seen_by_the_next_booking()
    {
        var cancelled = store.AddSlot(24, capacity: 2);
        var enlarged = store.AddSlot(48, capacity: 1);
        await store.BookedAsync(cancelled);
        await store.BookedAsync(enlarged, Member2);
        Assert.Equal(BookingRefusal.SlotFull, (await store.BookAsync(enlarged, Member3)).Refusal);

        await store.Store.CancelSlotAsync(cancelled.Id, Animator, Now, default);
        await store.Database.WriteAsync(db =>
        {
            var slot = SlotStore.Slots(db).FindById(enlarged.Id);
            slot.Capacity = 2;
            SlotStore.Slots(db).Update(slot);
        }, default);

        Assert.Equal(BookingRefusal.SlotGone, (await store.BookAsync(cancelled, Member2)).Refusal);
        await store.BookedAsync(enlarged, Member3);
    }

    [Fact]
    public async Task A_place_held_for_someone_waiting_is_taken_for_everyone_else_but_not_for_them()
    {
        var slot = store.AddSlot(24, capacity: 2);
        await store.BookedAsync(slot);
        store.HoldPlaceFor(slot, Member3);

        Assert.Equal(BookingRefusal.SlotFull, (await store.BookAsync(slot, Member2)).Refusal);
        var served = await store.BookedAsync(slot, Member3);

        Assert.Equal(Member3, served.MemberId);
        Assert.Empty(store.Waitlist());
        Assert.Equal(BookingRefusal.SlotFull, (await store.BookAsync(slot, Member2)).Refusal);
    }

    [Fact]
    public async Task Gone_cancelled_or_unknown_slots_are_refused_as_gone()
    {
        var slot = store.AddSlot(24);
        await store.Store.CancelSlotAsync(slot.Id, Animator, Now, default);

        var cancelled = await store.BookAsync(slot);
        Assert.Equal(BookingRefusal.SlotGone, cancelled.Refusal);
        Assert.Equal(slot.Id, cancelled.Slot?.Id);
        var unknown = await store.BookAsync(new Slot { Id = "nowhere" });
        Assert.Equal(BookingRefusal.SlotGone, unknown.Refusal);
        Assert.Null(unknown.Slot);
        Assert.Empty(store.Bookings());
    }

    [Fact]
    public async Task A_theme_the_slot_does_not_offer_is_refused()
    {
        var slot = store.AddSlot(24);
        Assert.Equal(BookingRefusal.ThemeNotOffered, (await store.BookAsync(slot, theme: "loi-25")).Refusal);
        Assert.Empty(store.Bookings());
    }

    [Fact]
    public async Task Booking_closes_at_the_very_start_and_the_notice_is_counted_to_the_minute()
    {
        var slot = store.AddSlot(24);
        Assert.Equal(BookingRefusal.SlotStarted, (await store.BookAsync(slot, rules: Rules(now: slot.StartUtc))).Refusal);
        Assert.Equal(BookingRefusal.TooSoon, (await store.BookAsync(slot, rules: Rules(notice: TimeSpan.FromHours(24.5)))).Refusal);
        Assert.Empty(store.Bookings());

        await store.BookedAsync(slot, rules: Rules(notice: TimeSpan.FromHours(24)));
    }

    [Fact]
    public async Task A_member_books_up_to_the_limit_and_no_further_and_the_refusal_names_it()
    {
        var rules = Rules(maxUpcoming: 2);
        await store.BookedAsync(store.AddSlot(24), rules: rules);
        await store.BookedAsync(store.AddSlot(48), rules: rules);

        var third = await store.BookAsync(store.AddSlot(72), rules: rules);

        Assert.Equal(BookingRefusal.TooMany, third.Refusal);
        Assert.Equal(2, third.Limit);
        Assert.Equal(2, store.Bookings().Count);
    }

    [Fact]
    public async Task Only_confirmed_coming_bookings_count_toward_the_limit_and_overlaps()
    {
        await store.BookedAsync(store.AddSlot(2), rules: Rules(maxUpcoming: 1));
        var cancelled = await store.BookedAsync(store.AddSlot(24), Member2);
        await store.Store.CancelByMemberAsync(cancelled.Id, Member2, Rules(), TimeSpan.Zero, default);

        // The first session is over three hours later; the second member's cancelled place overlaps nothing.
        var later = Rules(now: Now.AddHours(3), maxUpcoming: 1);
        await store.BookedAsync(store.AddSlot(24), Member2, later);
        await store.BookedAsync(store.AddSlot(24.5, animator: Animator2), rules: later);
        Assert.Equal(BookingRefusal.TooMany, (await store.BookAsync(store.AddSlot(48), rules: later)).Refusal);
    }

    [Fact]
    public async Task An_overlapping_session_is_refused_but_one_starting_at_the_end_is_not()
    {
        await store.BookedAsync(store.AddSlot(24));

        var overlap = await store.BookAsync(store.AddSlot(24.5, animator: Animator2));
        Assert.Equal(BookingRefusal.Overlap, overlap.Refusal);

        await store.BookedAsync(store.AddSlot(25, animator: Animator2));
        Assert.Equal(2, store.Bookings().Count);
    }

    [Fact]
    public async Task An_animator_s_day_takes_exactly_its_limit_counting_only_confirmed_bookings_of_that_animator_and_day()
    {
        var rules = Rules(perDay: 2);
        var first = await store.BookedAsync(store.AddSlot(24), rules: rules);
        await store.BookedAsync(store.AddSlot(26), Member2, rules);
        await store.BookedAsync(store.AddSlot(25, animator: Animator2), Member3, rules);
        await store.BookedAsync(store.AddSlot(48), Member3, rules);

        var refused = await store.BookAsync(store.AddSlot(28), Member3, rules);
        Assert.Equal(BookingRefusal.AnimatorDayFull, refused.Refusal);
        Assert.Equal(2, refused.Limit);

        await store.Store.CancelByMemberAsync(first.Id, Member, Rules(), TimeSpan.Zero, default);
        await store.BookedAsync(store.AddSlot(28), Member3, rules);
    }

    [Fact]
    public async Task An_animator_s_day_runs_from_its_first_instant_up_to_the_next_day_s_first_instant_excluded()
    {
        // The rules' day is the UTC date here: the slots start at midnight on 1 and 2 December.
        var rules = Rules(perDay: 1);
        await store.BookedAsync(store.AddSlot(34), Member3, rules);
        await store.BookedAsync(store.AddSlot(10), rules: rules);

        Assert.Equal(BookingRefusal.AnimatorDayFull, (await store.BookAsync(store.AddSlot(24), Member2, rules)).Refusal);
    }

    [Fact]
    public async Task Booking_elsewhere_frees_the_place_held_for_the_member_for_the_next_person_waiting()
    {
        var held = store.AddSlot(24);
        var other = store.AddSlot(48);
        await store.Database.WriteAsync(db => WaitlistStore.Join(db, WaitQueues.Owner, WaitQueues.Theme(Theme), Member3, Theme, Now), default);
        await store.Database.WriteAsync(db =>
            WaitlistStore.Offer(db, WaitQueues.Serving(held), WaitQueues.Place(held.Id), 1, _ => true, Now, Hold), default);
        store.Waits(held, Member2);

        var outcome = await store.BookAsync(other, Member3);

        Assert.Null(outcome.Refusal);
        Assert.Equal(Member2, Assert.Single(outcome.Offers).MemberId);
    }

    [Fact]
    public async Task A_new_booking_copies_the_slot_and_the_request_and_records_the_profile_choices()
    {
        var slot = store.AddSlot(24, animator: Animator2);
        var outcome = await store.Store.TryBookAsync(new BookingRequest(Member, slot.Id, Theme, "Mes courriels",
            new ProfileChoices("v1", "aine", true)), Rules(), default);

        var saved = store.Booking(outcome.Booking!.Id);
        Assert.Equal((slot.Id, Theme, Member, Animator2, slot.StartUtc, slot.EndUtc, Now, "Mes courriels", BookingStatus.Confirmed),
            (saved.SlotId, saved.ThemeSlug, saved.MemberId, saved.AnimatorId, saved.StartUtc, saved.EndUtc, saved.CreatedAtUtc, saved.Note, saved.Status));
        Assert.Equal(slot.Id, outcome.Slot?.Id);
        var profile = store.Database.ReadNow(db => MemberProfileStore.Profiles(db).FindById(Member));
        Assert.Equal("aine", profile.Category);
    }
}
