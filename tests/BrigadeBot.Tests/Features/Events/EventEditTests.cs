using BrigadeBot.Features.Events;
using BrigadeBot.Scheduling;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Codev;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Events;

public sealed class EventEditTests : EventHostTests
{
    private async Task<ModalForm> OpenEditAsync(Conference conference, string user = BrigadeHost.Animator)
    {
        var before = host.Slack.CallsTo("views.open").Count;
        await host.ClickAsync(EventsIds.Edit, conference.Id.ToString(), user, "C0GENERAL");
        var calls = await host.Slack.WaitForAsync("views.open", before + 1);
        return ModalForm.From(calls[^1]);
    }

    [Fact]
    public async Task An_edit_moves_the_conference_tells_registrants_and_the_waiting_list_and_sends_a_higher_sequence()
    {
        var conference = await flow.CreateAsync(capacity: 1);
        await flow.RegisterAsync(conference, "U0ALICE");
        await flow.RegisterAsync(conference, "U0BOB");
        await host.IdleAsync();

        var form = await OpenEditAsync(conference);
        Assert.Equal("Modifier la conférence", form.View["title"]!["text"]!.ToString());
        form.Set("Heure de début", "18:30").Set("Places (facultatif)", "2");
        var response = await host.InteractionAsync(form.Submission(BrigadeHost.Animator));
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await host.IdleAsync();

        var stored = await flow.ReloadAsync(conference);
        Assert.Equal(EventFlow.StartsAtUtc.AddMinutes(-30).UtcDateTime, stored.StartsAtUtc);
        Assert.Equal(1, stored.Sequence);
        Assert.Equal(["U0ALICE", "U0BOB"], stored.RegisteredIds);
        var update = flow.CalendarFiles("U0ALICE").Last();
        Assert.Contains("SEQUENCE:1", update);
        Assert.Contains("DTSTART;TZID=America/Toronto:20261208T183000", update);
        Assert.Contains(flow.DirectMessages("U0ALICE"), c => c.AllText.Contains("a changé") && c.AllText.Contains("18 h 30"));
        Assert.Contains(flow.DirectMessages("U0BOB"), c => c.AllText.Contains("une place s'est libérée"));
        Assert.Contains("18 h 30", host.Slack.CallsTo("chat.update").Last().AllText);
        var scheduler = host.Services.GetRequiredService<IBrigadeScheduler>();
        Assert.Equal(EventFlow.StartsAtUtc.AddMinutes(-90), await scheduler.NextFireTimeAsync(EventReminders.Key(conference.Id, EventReminderKind.HourBefore), default));
    }

    [Fact]
    public async Task The_capacity_may_not_fall_below_the_registrations()
    {
        var conference = await flow.CreateAsync(capacity: 5);
        await flow.RegisterAsync(conference, "U0ALICE");
        await flow.RegisterAsync(conference, "U0BOB");
        await host.IdleAsync();

        var form = (await OpenEditAsync(conference)).Set("Places (facultatif)", "1");
        var body = BookingFlow.Readable(await (await host.InteractionAsync(form.Submission(BrigadeHost.Animator))).Content.ReadAsStringAsync());

        Assert.Contains("2 personnes sont déjà inscrites", body);
        Assert.Equal(0, (await flow.ReloadAsync(conference)).Sequence);
    }

    [Fact]
    public async Task Cancelling_tells_everyone_sends_the_cancellation_and_drops_the_reminders()
    {
        var conference = await flow.CreateAsync(capacity: 1);
        await flow.RegisterAsync(conference, "U0ALICE");
        await flow.RegisterAsync(conference, "U0BOB");
        await host.IdleAsync();

        await host.ClickAsync(EventsIds.Cancel, conference.Id.ToString(), BrigadeHost.Animator, "C0GENERAL");
        await host.IdleAsync();

        var stored = await flow.ReloadAsync(conference);
        Assert.Equal(ConferenceStatus.Cancelled, stored.Status);
        var cancel = flow.CalendarFiles("U0ALICE").Last();
        Assert.Contains("METHOD:CANCEL", cancel);
        Assert.Contains("STATUS:CANCELLED", cancel);
        Assert.Contains("SEQUENCE:1", cancel);
        Assert.Contains(flow.DirectMessages("U0ALICE"), c => c.AllText.Contains("est annulée"));
        Assert.Contains(flow.DirectMessages("U0BOB"), c => c.AllText.Contains("est annulée"));
        Assert.Empty(flow.CalendarFiles("U0BOB"));
        Assert.Contains("Conférence annulée", host.Slack.CallsTo("chat.update").Last().AllText);
        Assert.DoesNotContain("M'inscrire", host.Slack.CallsTo("chat.update").Last().AllText);
        var scheduler = host.Services.GetRequiredService<IBrigadeScheduler>();
        foreach (var kind in Enum.GetValues<EventReminderKind>())
            Assert.Null(await scheduler.NextFireTimeAsync(EventReminders.Key(conference.Id, kind), default));
    }

    [Fact]
    public async Task Members_may_neither_edit_nor_cancel()
    {
        var conference = await flow.CreateAsync();
        var opened = host.Slack.CallsTo("views.open").Count;

        await host.ClickAsync(EventsIds.Edit, conference.Id.ToString(), BrigadeHost.Member, "C0GENERAL");
        await host.ClickAsync(EventsIds.Cancel, conference.Id.ToString(), BrigadeHost.Member, "C0GENERAL");
        await host.IdleAsync();

        Assert.Equal(opened, host.Slack.CallsTo("views.open").Count);
        Assert.Equal(ConferenceStatus.Scheduled, (await flow.ReloadAsync(conference)).Status);
        Assert.All(host.Slack.RepliesTo(BrigadeHost.Member), r => Assert.Contains("personnes animatrices", r));
    }
}
