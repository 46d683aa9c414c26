using BrigadeBot.Features.Events;
using BrigadeBot.Scheduling;
using static BrigadeBot.Tests.Features.Booking.BookingFlow;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Events;

/// <summary>The conference starts Tuesday 8 December 2026 at 19:00 in Toronto; the clock starts on 30 November.</summary>
public sealed class EventReminderTests
{
    [Fact]
    public async Task Registrants_are_reminded_24_h_and_1_h_before_with_the_place_and_the_link_and_nobody_else_is()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new EventFlow(host);
        var conference = await flow.CreateAsync();
        await flow.RegisterAsync(conference, "U0ALICE");
        await flow.RegisterAsync(conference, "U0BOB");
        await flow.UnregisterAsync(conference, "U0BOB");
        await host.IdleAsync();

        await AdvanceToAsync(host, EventFlow.StartsAtUtc.AddHours(-24), "a lieu *demain*", 1);
        var day = Assert.Single(Sent(host, "a lieu *demain*"));
        Assert.Equal("D0ALICE", day.Arg("channel"));
        Assert.Contains(EventFlow.Place, day.AllText);
        Assert.Contains(EventFlow.Link, day.AllText);
        Assert.Contains("mardi 8 décembre, 19 h – 20 h 30", day.AllText);

        await AdvanceToAsync(host, EventFlow.StartsAtUtc.AddHours(-1), "*Dans une heure*", 1);
        Assert.Equal("D0ALICE", Assert.Single(Sent(host, "*Dans une heure*")).Arg("channel"));
        // A reminder is marked done once every registrant was reached, just after the last DM.
        await Eventually.HoldsAsync(async () => await flow.ReloadAsync(conference) is { Reminder24hSentAtUtc: not null, Reminder1hSentAtUtc: not null },
            "the reminders were not marked sent");

        var updates = host.Slack.CallsTo("chat.update").Count;
        host.Clock.Advance(EventFlow.StartsAtUtc - host.Clock.GetUtcNow());
        await host.Slack.WaitForAsync("chat.update", updates + 1);
        await host.IdleAsync();
        var closed = host.Slack.CallsTo("chat.update").Last().AllText;
        Assert.Contains("Les inscriptions sont fermées", closed);
        Assert.DoesNotContain("M'inscrire", closed);
    }

    [Fact]
    public async Task After_a_restart_the_reminders_are_rebuilt_from_storage_and_go_once()
    {
        var first = await BrigadeHost.StartAsync();
        var flow = new EventFlow(first);
        var conference = await flow.CreateAsync();
        await flow.RegisterAsync(conference, "U0ALICE");
        await first.IdleAsync();
        await first.DisposeAsync(keepSlack: true);
        first.Clock.Advance(EventFlow.StartsAtUtc.AddHours(-20) - first.Clock.GetUtcNow()); // the day-before one fell due 4 h ago

        await using var second = await BrigadeHost.StartAsync(slack: first.Slack, clock: first.Clock, dataFolder: first.DataFolder);
        await AdvanceToAsync(second, second.Clock.GetUtcNow(), "a lieu *demain*", 1);

        var scheduler = second.Services.GetRequiredService<IBrigadeScheduler>();
        Assert.Equal(EventFlow.StartsAtUtc.AddHours(-1), await scheduler.NextFireTimeAsync(EventReminders.Key(conference.Id, EventReminderKind.HourBefore), default));
        await second.Services.GetRequiredService<EventReminders>().RunAsync(conference.Id, EventReminderKind.DayBefore, default);
        Assert.Single(Sent(second, "a lieu *demain*"));
    }

    [Fact]
    public async Task A_conference_that_began_while_the_bot_was_down_has_its_announcement_closed_at_start()
    {
        var first = await BrigadeHost.StartAsync();
        var flow = new EventFlow(first);
        var conference = await flow.CreateAsync();
        await flow.RegisterAsync(conference, "U0ALICE");
        await first.IdleAsync();
        await first.DisposeAsync(keepSlack: true);
        first.Clock.Advance(EventFlow.StartsAtUtc.AddMinutes(30) - first.Clock.GetUtcNow()); // under way, not over
        var updates = first.Slack.CallsTo("chat.update").Count;

        await using var second = await BrigadeHost.StartAsync(slack: first.Slack, clock: first.Clock, dataFolder: first.DataFolder);
        await second.Slack.WaitForAsync("chat.update", updates + 1);
        await second.IdleAsync();

        var closed = second.Slack.CallsTo("chat.update").Last().AllText;
        Assert.Contains("Les inscriptions sont fermées", closed);
        Assert.DoesNotContain("M'inscrire", closed);
        Assert.Empty(Sent(second, "*Dans une heure*")); // its moment passed while the bot was down
    }
}
