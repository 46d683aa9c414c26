using BrigadeBot.Features.Booking;

namespace BrigadeBot.Tests.Features.Booking;

public sealed class BookingRefusalTests
{
    private const string Member2 = "U0MEMBER2";
    private const string Tuesday = "mardi 1er décembre, 14 h";

    [Fact]
    public async Task A_slot_that_filled_up_meanwhile_gives_a_field_error_and_nothing_is_stored()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");
        var late = await flow.OpenBookingAsync(Member2);
        await flow.BookAsync("cybersecurite", Tuesday);

        var refused = BookingFlow.Parse(await flow.BookAsync("cybersecurite", Tuesday, Member2, form: late));

        Assert.Equal("errors", refused["response_action"]!.ToString());
        Assert.Contains("est maintenant complet", refused["errors"]![BookingIds.SlotChoicePrefix]!.ToString());
        Assert.Single(flow.Bookings());
        Assert.Null(flow.Profile(Member2));
    }

    [Fact]
    public async Task A_slot_now_in_the_past_gives_a_field_error()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");
        var form = await flow.OpenBookingAsync();

        host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(5));
        var refused = BookingFlow.Parse(await flow.BookAsync("cybersecurite", Tuesday, form: form));

        Assert.Contains("déjà commencé", refused["errors"]![BookingIds.SlotChoicePrefix]!.ToString());
        Assert.Empty(flow.Bookings());
    }

    [Fact]
    public async Task A_second_booking_overlapping_one_the_member_has_gives_a_field_error()
    {
        await using var host = await BrigadeHost.StartAsync(BookingFlow.TwoAnimators);
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");
        await flow.PublishAsync("2026-12-01", "14:30", animator: BookingFlow.Animator2);
        await flow.BookAsync("cybersecurite", Tuesday);

        var refused = BookingFlow.Parse(await flow.BookAsync("loi-25", "mardi 1er décembre, 14 h 30"));

        Assert.Contains("déjà un accompagnement à ce moment-là", refused["errors"]![BookingIds.SlotChoicePrefix]!.ToString());
        Assert.Single(flow.Bookings());
    }

    [Fact]
    public async Task A_slot_not_offering_the_theme_gives_a_field_error()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00", themes: "wikimedia");

        var refused = BookingFlow.Parse(await flow.BookAsync("cybersecurite", Tuesday));

        Assert.Contains("pas offert pour ce thème", refused["errors"]![BookingIds.SlotChoicePrefix]!.ToString());
        Assert.Empty(flow.Bookings());
    }

    [Fact]
    public async Task The_limit_of_coming_bookings_per_member_is_configurable()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Brigade:Booking:MaxUpcomingPerMember"] = "2" });
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "09:00", repeat: 3);
        var form = await flow.OpenBookingAsync();
        await flow.BookAsync("cybersecurite", "mardi 1er décembre");
        await flow.BookAsync("cybersecurite", "mardi 8 décembre");

        var refused = BookingFlow.Parse(await flow.BookAsync("cybersecurite", "mardi 15 décembre", form: form));
        var command = await (await host.CommandAsync("reserver")).Content.ReadAsStringAsync();

        Assert.Contains("2 accompagnement(s) à venir, le maximum", refused["errors"]![BookingIds.SlotChoicePrefix]!.ToString());
        Assert.Contains("le maximum", command);
        Assert.Equal(2, flow.Bookings().Count);
    }
}
