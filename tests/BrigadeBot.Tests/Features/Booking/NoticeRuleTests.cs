using BrigadeBot.Tests.Features.Privacy;
using BrigadeBot.Features.Booking;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>The clock starts Monday 2026-11-30 14:00 UTC (9 h in Toronto).</summary>
public sealed class NoticeRuleTests
{
    [Fact]
    public async Task No_booking_closer_than_the_minimum_notice_twelve_hours_by_default()
    {
        Assert.Equal((12, 0, null, 0, 120), (new BookingOptions().MinNoticeHours, new BookingOptions().CancelNoticeHours,
            new BookingOptions().MaxPerAnimatorPerDay, new BookingOptions().BufferMinutes, new BookingOptions().WaitlistHoldMinutes));
        await using var host = await BrigadeHost.StartAsync(new() { ["Brigade:Booking:MinNoticeHours"] = "12" });
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-11-30", "20:00"); // in 11 hours
        await flow.PublishAsync("2026-12-01", "14:00"); // in 29 hours

        var form = await flow.OpenBookingAsync();
        var options = form.Set("Thème", "cybersecurite").Options("Créneau");
        Assert.Equal(["mardi 1er décembre, 14 h – 15 h"], options);

        host.Clock.Advance(TimeSpan.FromHours(18)); // the session is now 11 hours away
        var refused = BookingFlow.Parse(await flow.BookAsync("cybersecurite", "mardi 1er décembre", form: form));
        Assert.Contains("moins de 12 heure(s)", BookingFlow.Readable(refused["errors"]!.ToJsonString()));
        Assert.Empty(flow.Bookings());
    }

    [Fact]
    public async Task A_late_cancellation_is_refused_and_asks_the_member_to_write_to_the_animator()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Brigade:Booking:CancelNoticeHours"] = "24" });
        var flow = new BookingFlow(host);
        var (soon, later) = await BookTwoThenComeWithinNoticeAsync(host, flow);

        await flow.ClickAsync(BrigadeHost.Member, BookingIds.CancelBooking, soon.Id);
        var reply = host.Slack.CallsTo("(response_url)").Last().AllText;
        Assert.Contains("moins de 24 heure(s)", reply);
        Assert.Contains("Écrivez directement à <@U0ANIMATOR>", reply);
        Assert.Equal(BookingStatus.Confirmed, flow.Bookings()[0].Status);

        await flow.ClickAsync(BrigadeHost.Member, BookingIds.CancelBooking, later.Id);
        Assert.Equal(BookingStatus.Cancelled, flow.Bookings()[1].Status);
    }

    /// <summary>Books Tuesday 1 December (29 hours away) and Thursday 3, then moves the clock to 23 hours before the first.</summary>
    private static async Task<(BrigadeBot.Features.Booking.Booking Soon, BrigadeBot.Features.Booking.Booking Later)> BookTwoThenComeWithinNoticeAsync(
        BrigadeHost host, BookingFlow flow)
    {
        await flow.PublishAsync("2026-12-01", "14:00");
        await flow.PublishAsync("2026-12-03", "14:00");
        await flow.BookAsync("cybersecurite", "mardi 1er décembre");
        await flow.BookAsync("cybersecurite", "jeudi 3 décembre");
        host.Clock.Advance(TimeSpan.FromHours(6));
        return (flow.Bookings()[0], flow.Bookings()[1]);
    }

    [Fact]
    public async Task Corriger_says_why_a_late_booking_is_not_cancelled_and_cancels_the_others()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Brigade:Booking:CancelNoticeHours"] = "24" });
        var privacy = new PrivacyFlow(host);
        var flow = privacy.Booking;
        var (soon, later) = await BookTwoThenComeWithinNoticeAsync(host, flow);

        var form = (await privacy.OpenAsync("corriger")).Set("Annuler ces accompagnements", $"{soon.Id}|{later.Id}");
        var done = BookingFlow.Readable((await privacy.SubmitAsync(form)).ToJsonString());

        Assert.Contains("1 accompagnement(s) annulé(s)", done);
        Assert.Contains("*Cybersécurité* du mardi 1er décembre", done);
        Assert.Contains("pas annulé, il commence dans moins de 24 heure(s)", done);
        Assert.Contains("Écrivez directement à <@U0ANIMATOR>", done);
        Assert.Equal([BookingStatus.Confirmed, BookingStatus.Cancelled], flow.Bookings().Select(b => b.Status));
    }

    [Fact]
    public async Task An_animator_takes_at_most_the_configured_bookings_a_day()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Brigade:Booking:MaxPerAnimatorPerDay"] = "1" });
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "10:00");
        await flow.PublishAsync("2026-12-01", "14:00");
        await flow.PublishAsync("2026-12-02", "10:00");
        Assert.Equal("", await flow.BookAsync("cybersecurite", "mardi 1er décembre, 10 h"));

        var refused = BookingFlow.Parse(await flow.BookAsync("cybersecurite", "mardi 1er décembre, 14 h", "U0OTHER"));

        Assert.Contains("1 accompagnement(s) ce jour-là, son maximum", BookingFlow.Readable(refused["errors"]!.ToJsonString()));
        Assert.Equal("", await flow.BookAsync("cybersecurite", "mercredi 2 décembre", "U0OTHER"));
    }

    [Fact]
    public async Task Publishing_keeps_the_buffer_between_an_animators_slots()
    {
        await using var host = await BrigadeHost.StartAsync(new(BookingFlow.TwoAnimators) { ["Brigade:Booking:BufferMinutes"] = "30" });
        var flow = new BookingFlow(host);
        Assert.Equal("", await flow.PublishAsync("2026-12-01", "14:00"));

        var refused = BookingFlow.Parse(await flow.PublishAsync("2026-12-01", "15:15"));

        Assert.Contains("Gardez au moins 30 minutes", BookingFlow.Readable(refused["errors"]![BookingIds.SlotStart]!.ToJsonString()));
        Assert.Equal("", await flow.PublishAsync("2026-12-01", "15:30"));
        Assert.Equal("", await flow.PublishAsync("2026-12-01", "12:30", animator: BookingFlow.Animator2)); // another animator's day
    }

    [Fact]
    public async Task When_several_animators_offer_a_theme_each_slot_names_who_runs_it()
    {
        await using var host = await BrigadeHost.StartAsync(BookingFlow.TwoAnimators);
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");
        await flow.PublishAsync("2026-12-02", "14:00", animator: BookingFlow.Animator2);

        var form = (await flow.OpenBookingAsync()).Set("Thème", "cybersecurite");
        await host.InteractionAsync(form.SelectAction(BrigadeHost.Member, "Thème", "cybersecurite"));
        var rebuilt = ModalForm.From((await host.Slack.WaitForAsync("views.update", 1))[^1]);

        Assert.Equal(["mardi 1er décembre, 14 h – 15 h · avec A", "mercredi 2 décembre, 14 h – 15 h · avec B"], rebuilt.Options("Créneau"));
        var text = BookingFlow.Readable(rebuilt.View.ToJsonString());
        Assert.Contains("*A* <@U0ANIMATOR> · *B* <@U0ANIMATOR2>", text);
    }
}
