using BrigadeBot.Features.Booking;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>
/// The checks the booking store makes inside its one write: a slot's capacity (cancelled places count again), the start
/// of a session as the end of booking and cancelling, and what counts toward a member's limit and overlaps.
/// </summary>
public sealed class BookingGuardTests
{
    private const string Member2 = "U0MEMBER2";
    private const string Member3 = "U0MEMBER3";
    private const string Tuesday = "mardi 1er décembre";
    // 2026-12-01 14:00 in Toronto; the test clock starts on 2026-11-30 at 14:00 UTC.
    private static readonly DateTimeOffset TuesdayStart = new(2026, 12, 1, 19, 0, 0, TimeSpan.Zero);

    private static void AdvanceTo(BrigadeHost host, DateTimeOffset instant) => host.Clock.Advance(instant - host.Clock.GetUtcNow());

    [Fact]
    public async Task A_group_slot_takes_exactly_its_capacity_and_a_cancelled_place_can_be_taken_again()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00", capacity: 2);
        var third = await flow.OpenBookingAsync(Member3);
        Assert.Equal("", await flow.BookAsync("cybersecurite", Tuesday));
        Assert.Equal("", await flow.BookAsync("cybersecurite", Tuesday, Member2));

        var refused = BookingFlow.Parse(await flow.BookAsync("cybersecurite", Tuesday, Member3, form: third));
        Assert.Contains("est maintenant complet", refused["errors"]![BookingIds.SlotChoicePrefix]!.ToString());

        var first = flow.Bookings().Single(b => b.MemberId == BrigadeHost.Member);
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.CancelBooking, first.Id);
        Assert.Equal("", await flow.BookAsync("cybersecurite", Tuesday, Member3));
        Assert.Equal([Member2, Member3],
            flow.Bookings().Where(b => b.Status == BookingStatus.Confirmed).Select(b => b.MemberId).Order().ToArray());
    }

    [Fact]
    public async Task Booking_is_refused_from_the_very_minute_the_session_starts()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");
        var form = await flow.OpenBookingAsync();

        AdvanceTo(host, TuesdayStart);
        var refused = BookingFlow.Parse(await flow.BookAsync("cybersecurite", Tuesday, form: form));

        Assert.Contains("déjà commencé", refused["errors"]![BookingIds.SlotChoicePrefix]!.ToString());
        Assert.Empty(flow.Bookings());
    }

    [Fact]
    public async Task A_cancelled_booking_neither_overlaps_nor_counts_toward_the_limit()
    {
        await using var host = await BrigadeHost.StartAsync(new(BookingFlow.TwoAnimators) { ["Brigade:Booking:MaxUpcomingPerMember"] = "1" });
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");
        await flow.PublishAsync("2026-12-01", "14:30", animator: BookingFlow.Animator2);
        Assert.Equal("", await flow.BookAsync("cybersecurite", Tuesday));

        await flow.ClickAsync(BrigadeHost.Member, BookingIds.CancelBooking, Assert.Single(flow.Bookings()).Id);

        Assert.Equal("", await flow.BookAsync("loi-25", "mardi 1er décembre, 14 h 30"));
        Assert.Equal(BookingFlow.Animator2, flow.Bookings().Single(b => b.Status == BookingStatus.Confirmed).AnimatorId);
    }

    [Fact]
    public async Task A_session_already_over_no_longer_counts_toward_the_limit()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Brigade:Booking:MaxUpcomingPerMember"] = "1" });
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00", repeat: 1);
        var form = await flow.OpenBookingAsync();
        Assert.Equal("", await flow.BookAsync("cybersecurite", Tuesday));

        AdvanceTo(host, TuesdayStart + TimeSpan.FromHours(1));
        Assert.Equal("", await flow.BookAsync("cybersecurite", "mardi 8 décembre", form: form));

        Assert.Equal(2, flow.Bookings().Count(b => b.Status == BookingStatus.Confirmed));
    }

    [Fact]
    public async Task A_member_cannot_cancel_once_the_session_started_nor_cancel_twice()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00", repeat: 1);
        Assert.Equal("", await flow.BookAsync("cybersecurite", Tuesday));
        Assert.Equal("", await flow.BookAsync("cybersecurite", "mardi 8 décembre"));
        var bookings = flow.Bookings().OrderBy(b => b.StartUtc).ToList();
        var (tuesday, nextWeek) = (bookings[0], bookings[1]);

        await flow.ClickAsync(BrigadeHost.Member, BookingIds.CancelBooking, nextWeek.Id);
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.CancelBooking, nextWeek.Id);
        Assert.Contains("n'est pas la vôtre", host.Slack.CallsTo("(response_url)").Last().AllText);
        Assert.Equal("member", flow.Bookings().Single(b => b.Id == nextWeek.Id).CancelledBy);

        AdvanceTo(host, TuesdayStart);
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.CancelBooking, tuesday.Id);

        Assert.Contains("n'est pas la vôtre", host.Slack.CallsTo("(response_url)").Last().AllText);
        Assert.Equal(BookingStatus.Confirmed, flow.Bookings().Single(b => b.Id == tuesday.Id).Status);
    }

    [Fact]
    public async Task An_animator_cannot_cancel_a_slot_once_it_started_nor_cancel_it_twice()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00", repeat: 1);
        var (tuesday, nextWeek) = (flow.Slots()[0], flow.Slots()[1]);

        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.CancelSlot, nextWeek.Id);
        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.CancelSlot, nextWeek.Id);
        Assert.Contains("n'est pas le vôtre", host.Slack.CallsTo("(response_url)").Last().AllText);

        AdvanceTo(host, TuesdayStart);
        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.CancelSlot, tuesday.Id);

        Assert.Contains("n'est pas le vôtre", host.Slack.CallsTo("(response_url)").Last().AllText);
        Assert.Equal([SlotStatus.Open, SlotStatus.Cancelled], flow.Slots().Select(s => s.Status).ToArray());
    }

    [Fact]
    public async Task Cancelling_a_slot_leaves_its_already_cancelled_bookings_as_the_member_left_them()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00", capacity: 2);
        Assert.Equal("", await flow.BookAsync("cybersecurite", Tuesday));
        Assert.Equal("", await flow.BookAsync("cybersecurite", Tuesday, Member2));
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.CancelBooking, flow.Bookings().Single(b => b.MemberId == BrigadeHost.Member).Id);

        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.CancelSlot, flow.Slots()[0].Id);

        Assert.Equal([(BrigadeHost.Member, "member"), (Member2, "animator")],
            flow.Bookings().Select(b => (b.MemberId, b.CancelledBy)).OrderBy(b => b.MemberId).ToArray());
        Assert.DoesNotContain(flow.DirectMessages(BrigadeHost.Member), m => m.AllText.Contains("Toutes nos excuses"));
    }
}
