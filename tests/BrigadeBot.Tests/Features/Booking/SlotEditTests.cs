using BrigadeBot.Features.Booking;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>The clock starts Monday 2026-11-30 14:00 UTC; the slot is Wednesday 2 December, 14:00 Toronto.</summary>
public sealed class SlotEditTests
{
    private static async Task<ModalForm> OpenEditAsync(BrigadeHost host, BookingFlow flow, string slotId, string animator = BrigadeHost.Animator)
    {
        var before = host.Slack.CallsTo("views.open").Count;
        await flow.ClickAsync(animator, BookingIds.EditSlot, slotId);
        return ModalForm.From((await host.Slack.WaitForAsync("views.open", before + 1))[^1]);
    }

    [Fact]
    public async Task The_animator_moves_a_slot_and_its_participants_get_a_DM_and_an_updated_ics_and_reminders_follow()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00", capacity: 3);
        await flow.BookAsync("cybersecurite", "mercredi 2 décembre");
        var slot = Assert.Single(flow.Slots());
        var agenda = BookingFlow.Readable(await (await host.CommandAsync("agenda", BrigadeHost.Animator)).Content.ReadAsStringAsync());
        Assert.Contains(BookingIds.EditSlot, agenda);

        var form = await OpenEditAsync(host, flow, slot.Id);
        Assert.Equal("", await flow.SubmitAsync(form.Set("Heure de début", "16:00").Set("Lien de visioconférence", "https://meet.example.org/autre"),
            BrigadeHost.Animator));

        var booking = Assert.Single(flow.Bookings());
        Assert.Equal((new DateTime(2026, 12, 2, 21, 0, 0), 1), (booking.StartUtc, booking.CalendarSequence));
        Assert.Equal("https://meet.example.org/autre", Assert.Single(flow.Slots()).VideoLink);
        var dm = flow.DirectMessages(BrigadeHost.Member).Last().AllText;
        Assert.Contains("nouvelle date et nouveau lien de visioconférence", dm);
        Assert.Contains("16 h – 17 h", dm);
        var ics = Assert.Single(flow.CalendarFiles(BrigadeHost.Member)[^1].Events);
        Assert.Equal((1, new DateTime(2026, 12, 2, 16, 0, 0)), (ics.Sequence, ics.Start!.Value));
        Assert.StartsWith(booking.Id + "@", ics.Uid);
        var scheduler = host.Services.GetRequiredService<IBrigadeScheduler>();
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 21, 0, 0, TimeSpan.Zero),
            await scheduler.NextFireTimeAsync(BookingReminders.Key(booking.Id, ReminderKind.DayBefore), default));
    }

    [Fact]
    public async Task Places_never_go_below_those_taken_and_more_places_go_to_the_waiting_list()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00", capacity: 2);
        await flow.BookAsync("cybersecurite", "mercredi 2 décembre");
        await flow.BookAsync("cybersecurite", "mercredi 2 décembre", "U0MEMBER2");
        await flow.ClickAsync("U0WAIT1", BookingIds.WaitTheme, "cybersecurite");
        var slot = Assert.Single(flow.Slots());

        var refused = BookingFlow.Parse(await flow.SubmitAsync((await OpenEditAsync(host, flow, slot.Id)).Set("Nombre de places (1 = individuel, plus = séance de groupe)", "1"),
            BrigadeHost.Animator));
        Assert.Contains("2 place(s) sont déjà prises", BookingFlow.Readable(refused["errors"]![BookingIds.SlotCapacity]!.ToJsonString()));
        Assert.Equal(2, Assert.Single(flow.Slots()).Capacity);

        var uploads = host.Slack.CallsTo("(upload)").Count;
        Assert.Equal("", await flow.SubmitAsync((await OpenEditAsync(host, flow, slot.Id)).Set("Nombre de places (1 = individuel, plus = séance de groupe)", "3"),
            BrigadeHost.Animator));
        Assert.Equal(3, Assert.Single(flow.Slots()).Capacity);
        Assert.Equal(uploads, host.Slack.CallsTo("(upload)").Count); // nothing changed for the participants
        Assert.Equal(WaitQueues.Place(slot.Id), Assert.Single(flow.Waitlist()).OfferedPlace);
    }

    [Fact]
    public async Task Only_the_slots_animator_edits_it()
    {
        await using var host = await BrigadeHost.StartAsync(BookingFlow.TwoAnimators);
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00");
        var slot = Assert.Single(flow.Slots());
        var form = await OpenEditAsync(host, flow, slot.Id);

        await flow.ClickAsync(BookingFlow.Animator2, BookingIds.EditSlot, slot.Id);
        Assert.Contains(BookingTexts.NotYourSlot, host.Slack.CallsTo("(response_url)").Last().AllText);
        var refused = BookingFlow.Parse(await flow.SubmitAsync(form.Set("Heure de début", "16:00"), BookingFlow.Animator2));
        Assert.Contains(BookingTexts.NotYourSlot, BookingFlow.Readable(refused.ToJsonString()));
        Assert.Equal(new DateTime(2026, 12, 2, 19, 0, 0), Assert.Single(flow.Slots()).StartUtc);
    }
}
