using BrigadeBot.Features.Codev;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Codev;

public sealed class ReminderTests
{
    private static int DirectMessagesTo(BrigadeHost host, string userId) =>
        host.Slack.CallsTo("chat.postMessage").Count(c => c.Arg("channel") == "D" + userId[1..]);

    [Fact]
    public async Task Registered_members_get_one_reminder_DM_the_day_before()
    {
        await using var host = await BrigadeHost.StartAsync();
        var meeting = await host.ScheduleAsync(await host.ProposeAsync("Comment choisir une plateforme d'infolettre ?"));
        await host.RegisterAsync(meeting, "U0REMIND1");
        await host.RegisterAsync(meeting, "U0REMIND2");
        await host.UnregisterAsync(meeting, "U0REMIND2");
        await host.RegisterAsync(meeting, "U0REMIND3");
        await host.IdleAsync();
        var before = host.Slack.CallsTo("chat.postMessage").Count;

        host.Clock.Advance(CodevMeetings.StartsAtUtc.AddDays(-1) - host.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        Assert.Equal(0, DirectMessagesTo(host, "U0REMIND1"));
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.Slack.WaitForAsync("chat.postMessage", before + 2);

        foreach (var member in new[] { "U0REMIND1", "U0REMIND3" })
        {
            var dm = host.Slack.CallsTo("chat.postMessage").Single(c => c.Arg("channel") == "D" + member[1..]);
            Assert.Contains("demain", dm.AllText);
            Assert.Contains("mardi 8 décembre à 13 h 30", dm.AllText);
            Assert.Contains(CodevIds.Unregister, dm.AllText);
        }
        Assert.Equal(0, DirectMessagesTo(host, "U0REMIND2"));
        // The reminder is marked done once every member was reached, just after the last DM.
        await Eventually.HoldsAsync(async () => (await host.Services.GetRequiredService<MeetingStore>().FindAsync(meeting.Id))!.ReminderSentAtUtc is not null,
            "the reminder was not marked sent");

        await host.Services.GetRequiredService<MeetingReminders>().SendAsync(meeting.Id, default);
        Assert.Equal(before + 2, host.Slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task Reminders_are_rebuilt_from_storage_after_a_restart_and_never_sent_twice()
    {
        var first = await BrigadeHost.StartAsync();
        var meeting = await first.ScheduleAsync(await first.ProposeAsync("Comment gérer nos mots de passe en équipe ?"));
        await first.RegisterAsync(meeting, "U0LOYAL");
        await first.IdleAsync();
        await first.DisposeAsync(keepSlack: true);

        var second = await BrigadeHost.StartAsync(slack: first.Slack, clock: first.Clock, dataFolder: first.DataFolder);
        var scheduler = second.Services.GetRequiredService<IBrigadeScheduler>();
        Assert.Equal(CodevMeetings.StartsAtUtc.AddDays(-1), await scheduler.NextFireTimeAsync(MeetingReminders.KeyOf(meeting.Id), default));
        var posted = second.Slack.CallsTo("chat.postMessage").Count; // counted before the reminder can fire
        second.Clock.Advance(CodevMeetings.StartsAtUtc.AddDays(-1) - second.Clock.GetUtcNow());
        await second.Slack.WaitForAsync("chat.postMessage", posted + 1);
        await second.DisposeAsync(keepSlack: true);

        await using var third = await BrigadeHost.StartAsync(slack: first.Slack, clock: first.Clock, dataFolder: first.DataFolder);
        Assert.Null(await third.Services.GetRequiredService<IBrigadeScheduler>().NextFireTimeAsync(MeetingReminders.KeyOf(meeting.Id), default));
        Assert.Equal(1, DirectMessagesTo(third, "U0LOYAL"));
    }
}
