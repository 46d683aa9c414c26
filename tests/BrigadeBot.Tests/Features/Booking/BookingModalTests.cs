using BrigadeBot.Features.Booking;

namespace BrigadeBot.Tests.Features.Booking;

public sealed class BookingModalTests
{
    [Fact]
    public async Task A_theme_typed_without_accents_is_preselected_and_only_its_slots_are_offered()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00", themes: "cybersecurite");
        await flow.PublishAsync("2026-12-01", "16:00", themes: "wikimedia");

        var form = await flow.OpenBookingAsync(text: "reserver cybersecurite");

        Assert.Equal("cybersecurite", form.Input("Thème")["element"]!["initial_option"]!["value"]!.ToString());
        Assert.Equal(["mardi 1er décembre, 14 h – 15 h"], form.Options("Créneau"));
    }

    [Fact]
    public async Task Choosing_a_theme_in_the_modal_updates_the_slot_list()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00", themes: "cybersecurite");
        await flow.PublishAsync("2026-12-01", "16:00", themes: "wikimedia", capacity: 4);
        var form = await flow.OpenBookingAsync();
        Assert.Equal(2, form.Options("Créneau").Count);

        await host.InteractionAsync(form.SelectAction(BrigadeHost.Member, "Thème", "wikimedia"));
        await host.IdleAsync();

        Assert.True(host.Slack.CallsTo("views.update").Count == 1, host.Logs.AllText);
        var update = Assert.Single(host.Slack.CallsTo("views.update"));
        Assert.Equal(form.ViewId, update.Arg("view_id"));
        var updated = ModalForm.From(update);
        Assert.Equal(["mardi 1er décembre, 16 h – 17 h · groupe, 4 place(s)"], updated.Options("Créneau"));
        Assert.Equal("", await flow.BookAsync("wikimedia", "mardi", form: updated));
        Assert.Equal("wikimedia", Assert.Single(flow.Bookings()).ThemeSlug);
    }

    [Fact]
    public async Task With_no_open_slot_the_member_is_told_and_can_ask_to_be_notified_of_new_slots()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);

        var reply = await (await host.CommandAsync("reserver cybersécurité")).Content.ReadAsStringAsync();
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.SlotAlert, "message");
        await flow.PublishAsync("2026-12-01", "14:00");
        await flow.PublishAsync("2026-12-02", "14:00");

        Assert.Contains("Aucun créneau n'est ouvert pour le thème *Cybersécurité*", reply);
        Assert.Contains(BookingIds.SlotAlert, reply);
        Assert.DoesNotContain(host.Slack.CallsTo("views.open"), c => c.AllText.Contains("Réserver"));
        var alert = Assert.Single(flow.DirectMessages(BrigadeHost.Member));
        Assert.Contains("nouveaux créneaux", alert.AllText);
    }

    [Fact]
    public async Task With_more_than_100_open_slots_the_nearest_100_are_offered()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        for (var hour = 8; hour < 14; hour++) await flow.PublishAsync("2026-12-01", $"{hour:00}:00", repeat: 20);

        var options = (await flow.OpenBookingAsync()).Options("Créneau");

        Assert.Equal(100, options.Count);
        Assert.Equal("mardi 1er décembre, 8 h – 9 h", options[0]);
        Assert.StartsWith("mardi 23 mars", options[^1]);
    }

    [Fact]
    public async Task A_theme_without_open_slots_shows_an_alert_button_in_the_modal_and_a_submit_errors_on_the_theme()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00", themes: "cybersecurite");
        var form = await flow.OpenBookingAsync();

        await host.InteractionAsync(form.SelectAction(BrigadeHost.Member, "Thème", "wikimedia"));
        await host.IdleAsync();
        var updated = ModalForm.From(Assert.Single(host.Slack.CallsTo("views.update")));
        var refused = BookingFlow.Parse(await flow.SubmitAsync(updated.Set("Thème", "wikimedia"), BrigadeHost.Member));

        Assert.False(updated.Has("Créneau"));
        Assert.Contains(BookingIds.SlotAlert, updated.View.ToJsonString());
        Assert.Contains("Choisissez un thème qui a des créneaux ouverts", refused["errors"]![BookingIds.Theme]!.ToString());
        Assert.Empty(flow.Bookings());
    }
}
