using BrigadeBot.Features.Common;
using BrigadeBot.Features.Booking;

namespace BrigadeBot.Tests.Features.Booking;

public sealed class SlotPublicationTests
{
    [Fact]
    public async Task The_help_lists_the_booking_sub_commands_with_the_animator_ones_marked()
    {
        await using var host = await BrigadeHost.StartAsync();

        var help = BookingFlow.Readable(await (await host.CommandAsync("aide")).Content.ReadAsStringAsync());

        Assert.Contains(FrenchTypography.Apply("`/brigade reserver` : réserver"), help);
        Assert.Contains("`/brigade mes-reservations`", help);
        Assert.Contains(FrenchTypography.Apply("`/brigade dispo` : publier des créneaux d'accompagnement _(personnes animatrices)_"), help);
        Assert.Contains("`/brigade agenda`", help);
    }

    [Fact]
    public async Task Dispo_is_for_animators_only()
    {
        await using var host = await BrigadeHost.StartAsync();

        var response = await host.CommandAsync("dispo", BrigadeHost.Member);

        Assert.Contains("réservée aux personnes animatrices", await response.Content.ReadAsStringAsync());
        Assert.Empty(host.Slack.CallsTo("views.open"));
    }

    [Fact]
    public async Task A_weekly_repetition_publishes_one_slot_per_week_at_the_same_local_time()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);

        Assert.Equal("", await flow.PublishAsync("2026-12-02", "14:00", repeat: 3, capacity: 1, themes: "cybersecurite|loi-25"));

        var slots = flow.Slots();
        Assert.Equal(4, slots.Count);
        Assert.Equal(new DateTime(2026, 12, 2, 19, 0, 0), slots[0].StartUtc);
        Assert.Equal(new DateTime(2026, 12, 23, 20, 0, 0), slots[3].EndUtc);
        Assert.All(slots, s => Assert.Equal(["cybersecurite", "loi-25"], s.ThemeSlugs));
        Assert.Single(slots.Select(s => s.SeriesId).Distinct());
        var dm = Assert.Single(flow.DirectMessages(BrigadeHost.Animator));
        Assert.Contains("mercredi 2 décembre, 14 h – 15 h", dm.AllText);
        Assert.Contains("mercredi 23 décembre, 14 h – 15 h", dm.AllText);
    }

    [Fact]
    public async Task Without_chosen_themes_a_slot_offers_every_theme()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);

        await flow.PublishAsync("2026-12-02", "14:00");

        Assert.Equal(11, Assert.Single(flow.Slots()).ThemeSlugs.Count);
    }

    [Fact]
    public async Task An_overlapping_slot_of_the_same_animator_is_refused_with_a_field_error()
    {
        await using var host = await BrigadeHost.StartAsync(BookingFlow.TwoAnimators);
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00", duration: 90);

        var refused = BookingFlow.Parse(await flow.PublishAsync("2026-12-02", "15:00", repeat: 2));
        var otherAnimator = await flow.PublishAsync("2026-12-02", "15:00", animator: BookingFlow.Animator2);

        Assert.Equal("errors", refused["response_action"]!.ToString());
        Assert.Contains("chevauche", refused["errors"]![BookingIds.SlotStart]!.ToString());
        Assert.Contains("mercredi 2 décembre, 14 h – 15 h 30", refused["errors"]![BookingIds.SlotStart]!.ToString());
        Assert.Equal("", otherAnimator);
        Assert.Equal(2, flow.Slots().Count);
    }

    [Fact]
    public async Task Bad_values_get_French_field_errors_and_nothing_is_stored()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);

        var past = BookingFlow.Parse(await flow.PublishAsync("2026-11-30", "08:00"));
        var bad = BookingFlow.Parse(await flow.PublishAsync("2026-12-02", "14:00", duration: 5, capacity: 0, link: "javascript:alert(1)"));
        var far = BookingFlow.Parse(await flow.PublishAsync("9999-12-01", "14:00", repeat: 26));

        Assert.Contains("déjà passées", past["errors"]![BookingIds.SlotDate]!.ToString());
        Assert.Contains("durée", bad["errors"]![BookingIds.SlotDuration]!.ToString());
        Assert.Contains("places", bad["errors"]![BookingIds.SlotCapacity]!.ToString());
        Assert.Contains("https://", bad["errors"]![BookingIds.SlotLink]!.ToString());
        Assert.Contains("deux prochaines années", far["errors"]![BookingIds.SlotDate]!.ToString());
        Assert.Empty(flow.Slots());
    }

    [Fact]
    public async Task Slots_on_the_Sunday_of_the_November_change_keep_their_wall_clock_time()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 10, 20, 12, 0, 0, TimeSpan.Zero));
        await using var host = await BrigadeHost.StartAsync(clock: clock);
        var flow = new BookingFlow(host);

        await flow.PublishAsync("2026-10-25", "10:00", repeat: 1);

        var slots = flow.Slots();
        Assert.Equal(new DateTime(2026, 10, 25, 14, 0, 0), slots[0].StartUtc); // EDT, UTC-4
        Assert.Equal(new DateTime(2026, 11, 1, 15, 0, 0), slots[1].StartUtc); // EST, UTC-5
        var dm = Assert.Single(flow.DirectMessages(BrigadeHost.Animator));
        Assert.Contains("dimanche 25 octobre, 10 h – 11 h", dm.AllText);
        Assert.Contains("dimanche 1er novembre, 10 h – 11 h", dm.AllText);
    }
}
