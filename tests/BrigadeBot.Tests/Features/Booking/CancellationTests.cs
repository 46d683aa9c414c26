using BrigadeBot.Features.Common;
using BrigadeBot.Features.Booking;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Booking;

public sealed class CancellationTests
{
    private const string Member2 = "U0MEMBER2";

    private static async Task<(BrigadeHost Host, BookingFlow Flow, BrigadeBot.Features.Booking.Booking Booking)> BookedAsync(
        Dictionary<string, string?>? settings = null)
    {
        var host = await BrigadeHost.StartAsync(settings);
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00");
        await flow.BookAsync("cybersecurite", "mercredi 2 décembre", note: "Parler de <!here> sécurité");
        return (host, flow, Assert.Single(flow.Bookings()));
    }

    [Fact]
    public async Task My_bookings_lists_coming_bookings_with_a_confirmed_cancel_button()
    {
        var (host, _, booking) = await BookedAsync();
        await using var _host = host;

        var text = BookingFlow.Readable(await (await host.CommandAsync("mes-reservations")).Content.ReadAsStringAsync());

        Assert.Contains("mercredi 2 décembre, 14 h – 15 h", text);
        Assert.Contains(booking.Id, text);
        Assert.Contains(FrenchTypography.Apply("Annuler cet accompagnement ?"), text);
    }

    [Fact]
    public async Task The_member_cancels_their_booking_the_place_frees_the_animator_is_told_and_a_CANCEL_is_sent()
    {
        var (host, flow, booking) = await BookedAsync();
        await using var _host = host;
        var scheduler = host.Services.GetRequiredService<IBrigadeScheduler>();
        Assert.NotNull(await scheduler.NextFireTimeAsync(BookingReminders.Key(booking.Id, ReminderKind.DayBefore), default));

        await flow.ClickAsync(BrigadeHost.Member, BookingIds.CancelBooking, booking.Id);

        var cancelled = Assert.Single(flow.Bookings());
        Assert.Equal(BookingStatus.Cancelled, cancelled.Status);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime, cancelled.CancelledAtUtc);
        foreach (var kind in Enum.GetValues<ReminderKind>())
            Assert.Null(await scheduler.NextFireTimeAsync(BookingReminders.Key(booking.Id, kind), default));
        var reply = host.Slack.CallsTo("(response_url)").Last();
        Assert.Contains("Votre accompagnement est annulé", reply.AllText);
        Assert.Contains("a annulé son accompagnement", flow.DirectMessages(BrigadeHost.Animator).Last().AllText);
        var ics = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(host.Slack.CallsTo("(upload)").Last().Arg("content_base64")!));
        Assert.Contains("METHOD:CANCEL", ics);
        Assert.Contains("STATUS:CANCELLED", ics);
        Assert.Contains($"UID:{booking.Id}@", ics);

        Assert.Equal("", await flow.BookAsync("loi-25", "mercredi 2 décembre", Member2));
    }

    [Fact]
    public async Task Nobody_can_cancel_someone_elses_booking_whatever_the_payload_says()
    {
        var (host, flow, booking) = await BookedAsync();
        await using var _host = host;
        var animatorDms = flow.DirectMessages(BrigadeHost.Animator).Count;

        await flow.ClickAsync(Member2, BookingIds.CancelBooking, booking.Id);
        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.CancelBooking, booking.Id);

        Assert.Equal(BookingStatus.Confirmed, Assert.Single(flow.Bookings()).Status);
        Assert.All(host.Slack.CallsTo("(response_url)"), r => Assert.Contains("n'est pas la vôtre", r.AllText));
        Assert.Equal(animatorDms, flow.DirectMessages(BrigadeHost.Animator).Count);
    }

    [Fact]
    public async Task The_agenda_shows_who_booked_with_the_note_escaped()
    {
        var (host, _, _) = await BookedAsync();
        await using var _host = host;

        var agenda = BookingFlow.Readable(await (await host.CommandAsync("agenda", BrigadeHost.Animator)).Content.ReadAsStringAsync());
        var refused = await (await host.CommandAsync("agenda", BrigadeHost.Member)).Content.ReadAsStringAsync();

        Assert.Contains("<@U0MEMBER1>", agenda);
        Assert.Contains("&lt;!here&gt;", agenda);
        Assert.DoesNotContain("<!here>", agenda);
        Assert.Contains("Annuler ce créneau", agenda);
        Assert.Contains("réservée aux personnes animatrices", refused);
    }

    [Fact]
    public async Task The_animators_calendar_copy_has_its_own_description_without_the_members_way_to_cancel()
    {
        var (host, flow, booking) = await BookedAsync();
        await using var _host = host;

        await flow.ClickAsync(BrigadeHost.Member, BookingIds.CancelBooking, booking.Id);
        await host.IdleAsync();

        var member = flow.CalendarFiles(BrigadeHost.Member).Select(c => Assert.Single(c.Events).Description).ToList();
        var animator = flow.CalendarFiles(BrigadeHost.Animator).Select(c => Assert.Single(c.Events).Description).ToList();
        Assert.Equal(2, member.Count); // the invitation, then its cancellation
        Assert.Equal(2, animator.Count);
        Assert.All(member, d => Assert.Contains(BookingMessageTexts.IcsDescriptionCancel, d));
        Assert.All(animator, d => Assert.DoesNotContain("Pour annuler", d));
        Assert.All(animator, d => Assert.Contains(BookingMessageTexts.IcsDescriptionAnimator, d));
        Assert.All(animator, d => Assert.Contains(BookingFlow.Link, d));
    }

    [Fact]
    public async Task The_animator_cancels_a_slot_and_its_participants_get_an_apology_with_a_link_to_book_again()
    {
        var (host, flow, booking) = await BookedAsync(BookingFlow.TwoAnimators);
        await using var _host = host;

        await flow.ClickAsync(BookingFlow.Animator2, BookingIds.CancelSlot, booking.SlotId);
        Assert.Equal(SlotStatus.Open, Assert.Single(flow.Slots()).Status);
        Assert.Contains("n'est pas le vôtre", host.Slack.CallsTo("(response_url)").Last().AllText);

        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.CancelSlot, booking.SlotId);

        Assert.Equal(SlotStatus.Cancelled, Assert.Single(flow.Slots()).Status);
        var cancelled = Assert.Single(flow.Bookings());
        Assert.Equal((BookingStatus.Cancelled, "animator"), (cancelled.Status, cancelled.CancelledBy));
        var apology = flow.DirectMessages(BrigadeHost.Member).Last().AllText;
        Assert.Contains("Toutes nos excuses", apology);
        Assert.Contains("/brigade reserver", apology);
        Assert.Contains("METHOD:CANCEL", System.Text.Encoding.UTF8.GetString(
            Convert.FromBase64String(host.Slack.CallsTo("(upload)").Last().Arg("content_base64")!)));
        Assert.Contains("est annulé", host.Slack.CallsTo("(response_url)").Last().AllText);

        await flow.PublishAsync("2026-12-03", "14:00");
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.Rebook, "cybersecurite");
        var rebook = ModalForm.From(host.Slack.CallsTo("views.open").Last());
        Assert.Equal("cybersecurite", rebook.Input("Thème")["element"]!["initial_option"]!["value"]!.ToString());
        Assert.Equal(["jeudi 3 décembre, 14 h – 15 h"], rebook.Options("Créneau"));
    }
}
