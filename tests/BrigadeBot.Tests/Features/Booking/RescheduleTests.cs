using BrigadeBot.Features.Booking;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>The clock starts Monday 2026-11-30 14:00 UTC.</summary>
public sealed class RescheduleTests
{
    private static async Task<ModalForm> OpenMoveAsync(BrigadeHost host, BookingFlow flow, string bookingId)
    {
        var before = host.Slack.CallsTo("views.open").Count;
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.MoveBooking, bookingId);
        return ModalForm.From((await host.Slack.WaitForAsync("views.open", before + 1))[^1]);
    }

    /// <summary>Booked on Tuesday, a Wednesday slot open, the move modal open with Wednesday chosen.</summary>
    private static async Task<(BrigadeHost, BookingFlow, BrigadeBot.Features.Booking.Booking, ModalForm)> MoveOpenedAsync()
    {
        var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");
        await flow.PublishAsync("2026-12-02", "14:00");
        await flow.BookAsync("cybersecurite", "mardi 1er décembre");
        var booked = Assert.Single(flow.Bookings());
        return (host, flow, booked, (await OpenMoveAsync(host, flow, booked.Id)).Set("Créneau", "mercredi 2 décembre"));
    }

    [Fact]
    public async Task Moving_a_booking_takes_the_new_place_frees_the_old_tells_both_animators_and_resends_the_same_UID_with_a_higher_SEQUENCE()
    {
        await using var host = await BrigadeHost.StartAsync(BookingFlow.TwoAnimators);
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");
        await flow.PublishAsync("2026-12-02", "14:00", animator: BookingFlow.Animator2);
        await flow.BookAsync("cybersecurite", "mardi 1er décembre");
        var booked = Assert.Single(flow.Bookings());
        var list = BookingFlow.Readable(await (await host.CommandAsync("mes-reservations")).Content.ReadAsStringAsync());
        Assert.Contains(BookingIds.MoveBooking, list);

        var form = await OpenMoveAsync(host, flow, booked.Id);
        Assert.Contains("Déplacer une séance", BookingFlow.Readable(form.View.ToJsonString()));
        Assert.Equal(["mercredi 2 décembre, 14 h – 15 h"], form.Options("Créneau")); // its own slot is not offered
        Assert.Equal("", await flow.SubmitAsync(form.Set("Créneau", "mercredi 2 décembre"), BrigadeHost.Member));

        var moved = Assert.Single(flow.Bookings());
        var newSlot = flow.Slots()[1];
        Assert.Equal((booked.Id, newSlot.Id, BookingFlow.Animator2, BookingStatus.Confirmed, 1),
            (moved.Id, moved.SlotId, moved.AnimatorId, moved.Status, moved.CalendarSequence));
        Assert.Equal(new DateTime(2026, 12, 2, 19, 0, 0), moved.StartUtc);
        Assert.Contains("a déplacé son accompagnement", flow.DirectMessages(BrigadeHost.Animator).Last().AllText);
        Assert.Contains(flow.DirectMessages(BookingFlow.Animator2), m => m.AllText.Contains("Réservation déplacée vers votre créneau"));
        Assert.Contains("Votre accompagnement est déplacé", flow.DirectMessages(BrigadeHost.Member).Last().AllText);

        var files = flow.CalendarFiles(BrigadeHost.Member);
        Assert.Equal(2, files.Count);
        var (first, second) = (Assert.Single(files[0].Events), Assert.Single(files[1].Events));
        Assert.Equal(first.Uid, second.Uid);
        Assert.StartsWith(booked.Id + "@", second.Uid);
        Assert.Equal((0, 1), (first.Sequence, second.Sequence));
        Assert.Equal(new DateTime(2026, 12, 2, 14, 0, 0), second.Start!.Value);
        Assert.Equal(1, Assert.Single(flow.CalendarFiles(BookingFlow.Animator2)[^1].Events).Sequence);

        var scheduler = host.Services.GetRequiredService<IBrigadeScheduler>();
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 19, 0, 0, TimeSpan.Zero),
            await scheduler.NextFireTimeAsync(BookingReminders.Key(moved.Id, ReminderKind.DayBefore), default));
        Assert.Equal("", await flow.BookAsync("loi-25", "mardi 1er décembre", "U0OTHER")); // the old place is free
    }

    [Fact]
    public async Task A_move_to_a_slot_taken_meanwhile_keeps_the_booking_where_it_was()
    {
        var (host, flow, booked, form) = await MoveOpenedAsync();
        await using var _ = host;
        Assert.Equal("", await flow.BookAsync("cybersecurite", "mercredi 2 décembre", "U0OTHER"));

        var refused = BookingFlow.Parse(await flow.SubmitAsync(form, BrigadeHost.Member));

        Assert.Contains("est maintenant complet", BookingFlow.Readable(refused["errors"]!.ToJsonString()));
        var kept = flow.Bookings().Single(b => b.MemberId == BrigadeHost.Member);
        Assert.Equal((booked.SlotId, 0, BookingStatus.Confirmed), (kept.SlotId, kept.CalendarSequence, kept.Status));
        Assert.Equal(1, flow.PlacesTaken(booked.SlotId, host.Clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public async Task Only_the_member_moves_their_own_coming_booking()
    {
        var (host, flow, booked, form) = await MoveOpenedAsync();
        await using var _ = host;

        var refused = BookingFlow.Parse(await flow.SubmitAsync(form, "U0INTRUDER"));

        Assert.Contains("ne peut plus être déplacée", BookingFlow.Readable(refused["errors"]!.ToJsonString()));
        Assert.Equal(booked.SlotId, Assert.Single(flow.Bookings()).SlotId);
        await flow.ClickAsync("U0INTRUDER", BookingIds.MoveBooking, booked.Id);
        Assert.Contains("ne peut plus être déplacée", host.Slack.CallsTo("(response_url)").Last().AllText);
    }

    [Fact]
    public async Task A_booking_stored_before_moves_existed_opens_and_moves_from_sequence_zero()
    {
        var first = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(first);
        await flow.PublishAsync("2026-12-01", "14:00");
        await flow.PublishAsync("2026-12-02", "14:00");
        await flow.BookAsync("cybersecurite", "mardi 1er décembre");
        // The document as the previous version wrote it: without the calendar sequence nor the change instant.
        await first.Services.GetRequiredService<BrigadeDatabase>().WriteAsync(db =>
        {
            var raw = db.GetCollection(BookingStore.Collection);
            var document = raw.FindAll().Single();
            Assert.True(document.Remove(nameof(BrigadeBot.Features.Booking.Booking.CalendarSequence)));
            document.Remove(nameof(BrigadeBot.Features.Booking.Booking.ChangedAtUtc));
            raw.Update(document);
        }, default);
        await first.DisposeAsync(keepSlack: true);

        await using var host = await BrigadeHost.StartAsync(slack: first.Slack, clock: first.Clock, dataFolder: first.DataFolder);
        flow = new BookingFlow(host);
        var old = Assert.Single(flow.Bookings());
        Assert.Equal((0, null), (old.CalendarSequence, old.ChangedAtUtc));
        var form = (await OpenMoveAsync(host, flow, old.Id)).Set("Créneau", "mercredi 2 décembre");
        Assert.Equal("", await flow.SubmitAsync(form, BrigadeHost.Member));

        Assert.Equal(1, Assert.Single(flow.Bookings()).CalendarSequence);
        Assert.Equal(1, Assert.Single(flow.CalendarFiles(BrigadeHost.Member)[^1].Events).Sequence);
    }
}
