using System.Text;
using BrigadeBot.Features.Booking;

namespace BrigadeBot.Tests.Features.Booking;

public sealed class BookingTests
{
    private const string Member2 = "U0MEMBER2";
    private const string Tuesday = "mardi 1er décembre, 14 h 00";

    [Fact]
    public async Task A_theme_typed_without_accents_is_preselected_and_only_its_slots_are_offered()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00", themes: "cybersecurite");
        await flow.PublishAsync("2026-12-01", "16:00", themes: "wikimedia");

        var form = await flow.OpenBookingAsync(text: "reserver cybersecurite");

        Assert.Equal("cybersecurite", form.Input("Thème")["element"]!["initial_option"]!["value"]!.ToString());
        Assert.Equal(["mardi 1er décembre, 14 h 00 – 15 h 00"], form.Options("Créneau"));
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
        Assert.Equal(["mardi 1er décembre, 16 h 00 – 17 h 00 · groupe, 4 place(s)"], updated.Options("Créneau"));
        Assert.Equal("", await flow.BookAsync("wikimedia", "mardi", form: updated));
        Assert.Equal("wikimedia", Assert.Single(flow.Bookings()).ThemeSlug);
    }

    [Fact]
    public async Task A_booking_is_stored_and_both_people_get_a_DM_and_the_member_an_ics_invitation()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");

        Assert.Equal("", await flow.BookAsync("cybersecurite", Tuesday, note: "Mes mots de passe <!channel> & <@U0BOSS>"));

        var booking = Assert.Single(flow.Bookings());
        Assert.Equal((BookingStatus.Confirmed, BrigadeHost.Member, BrigadeHost.Animator), (booking.Status, booking.MemberId, booking.AnimatorId));
        Assert.Equal(new DateTime(2026, 12, 1, 19, 0, 0), booking.StartUtc);
        var member = Assert.Single(flow.DirectMessages(BrigadeHost.Member)).AllText;
        Assert.Contains("Cybersécurité", member);
        Assert.Contains("mardi 1er décembre, 14 h 00 – 15 h 00", member);
        Assert.Contains(BookingFlow.Link, member);
        Assert.Contains("/brigade mes-reservations", member);
        var animator = flow.DirectMessages(BrigadeHost.Animator).Last().AllText;
        Assert.Contains("<@U0MEMBER1>", animator);
        Assert.Contains("&lt;!channel&gt; &amp; &lt;@U0BOSS&gt;", animator);
        Assert.DoesNotContain("<!channel>", host.Slack.AllTextSent);

        var complete = Assert.Single(host.Slack.CallsTo("files.completeUploadExternal"));
        Assert.Equal("D0MEMBER1", complete.Arg("channel_id"));
        var ics = Encoding.UTF8.GetString(Convert.FromBase64String(Assert.Single(host.Slack.CallsTo("(upload)")).Arg("content_base64")!));
        Assert.Contains("METHOD:PUBLISH", ics);
        Assert.Contains("BEGIN:VTIMEZONE", ics);
        Assert.True(ics.Contains("BEGIN:STANDARD") && ics.Contains("TZOFFSETTO:-0500"), ics);
        Assert.Contains("DTSTART;TZID=America/Toronto:20261201T140000", ics);
        Assert.Contains($"UID:{booking.Id}@", ics);
    }

    [Fact]
    public async Task The_first_booking_shows_the_notice_and_stores_the_choices_and_refusing_consent_never_blocks()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00", repeat: 1);

        var first = await flow.OpenBookingAsync();
        Assert.Contains("Ce que nous conservons", first.View.ToJsonString());
        Assert.Null(first.Input("Statistiques anonymes du programme")["element"]!["initial_options"]);
        first.Set("Votre catégorie de profil", "Étudiant·e");
        Assert.Equal("", await flow.BookAsync("cybersecurite", Tuesday, form: first));

        var profile = flow.Profile(BrigadeHost.Member)!;
        Assert.Equal(("etudiant", false, BookingTexts.NoticeVersion), (profile.Category, profile.CategoryInStatistics, profile.NoticeVersion));
        var consent = Assert.Single(profile.ConsentHistory);
        Assert.False(consent.Granted);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime, consent.AtUtc);

        var second = await flow.OpenBookingAsync();
        Assert.False(second.Has("Votre catégorie de profil"));
        Assert.DoesNotContain("Ce que nous conservons", second.View.ToJsonString());
    }

    [Fact]
    public async Task Consent_given_is_recorded_with_the_notice_version()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");

        var form = (await flow.OpenBookingAsync()).Set("Votre catégorie de profil", "artiste").Set("Statistiques anonymes du programme", "statistics");
        await flow.BookAsync("cybersecurite", Tuesday, form: form);

        var profile = flow.Profile(BrigadeHost.Member)!;
        Assert.True(profile.CategoryInStatistics);
        Assert.True(Assert.Single(profile.ConsentHistory).Granted);
    }

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
        Assert.Contains("vient d'être complété", refused["errors"]![BookingIds.SlotChoicePrefix]!.ToString());
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
        Assert.Equal("mardi 1er décembre, 8 h 00 – 9 h 00", options[0]);
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
