using Brigade.Slack.Testing;
using BrigadeBot.Features.Common.Deliveries;
using BrigadeBot.Features.Events;
using BrigadeBot.Scheduling;
using BrigadeBot.Tests.Features.Events;
using BrigadeBot.Tests.Features.Watch;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Drills;

/// <summary>
/// Slack down around a conference's reminders (one DM per registrant): each registrant gets each reminder once after the
/// outage, those already reached are not reached again (even across a restart), and a reminder Slack still cannot take
/// at its deadline is dropped with a log line saying why. The conference starts Wednesday 9 December, 00:00 UTC.
/// </summary>
public sealed class ConferenceReminderOutageDrillTests
{
    private static readonly DateTimeOffset Start = EventFlow.StartsAtUtc;
    private const string DayText = "a lieu *demain*";
    private const string HourText = "*Dans une heure*";

    [Theory]
    [MemberData(nameof(SlackOutage.Failures), MemberType = typeof(SlackOutage))]
    public async Task Slack_down_for_two_minutes_around_the_hour_before_reminder_each_registrant_gets_it_once_after(int status)
    {
        var due = Start.AddHours(-1);
        var clock = Clock();
        await using var host = await BrigadeHost.StartAsync(clock: clock);
        var conference = await ConferenceAsync(host, "U0ALICE", "U0BOB");
        await using var outage = new SlackOutage(clock, due.AddMinutes(-1), due.AddMinutes(1), SlackOutage.Reply(status), HourText).Apply(host.Slack);

        await outage.FailsAndIsRescheduledAsync(host, EventReminders.Key(conference.Id, EventReminderKind.HourBefore), due,
            $"Conference reminder HourBefore for conference {conference.Id}");

        clock.Advance(DeliveryRetries.RetryAfter);
        await Eventually.HoldsAsync(async () => (await new EventFlow(host).ReloadAsync(conference)).Reminder1hSentAtUtc is not null,
            "the reminder never went out after the outage");
        await host.Services.GetRequiredService<EventReminders>().RunAsync(conference.Id, EventReminderKind.HourBefore, default);

        Assert.Equal(["D0ALICE", "D0BOB"], outage.Channels);
        Assert.All(outage.Delivered, d => Assert.True(d.At >= due.AddMinutes(1) && d.At < Start));
    }

    [Fact]
    public async Task Slack_going_down_after_the_first_registrant_the_others_get_it_later_and_the_first_not_again_even_after_a_restart()
    {
        var due = Start.AddHours(-24);
        var clock = Clock();
        var first = await BrigadeHost.StartAsync(clock: clock);
        var conference = await ConferenceAsync(first, "U0ALICE", "U0BOB", "U0CAROL");
        await using var outage = new SlackOutage(clock, due, due.AddMinutes(30), FakeReply.ServerError(500), DayText, deliveredBefore: 1)
            .Apply(first.Slack);

        // Slack goes down once the first registrant has it: the two others wait for the retry.
        clock.Advance(due - clock.GetUtcNow());
        await Eventually.HoldsAsync(async () => await first.Services.GetRequiredService<IBrigadeScheduler>()
            .NextFireTimeAsync(EventReminders.Key(conference.Id, EventReminderKind.DayBefore), default) > due, "no retry was scheduled");
        Assert.Equal(["D0ALICE"], outage.Channels);
        await first.DisposeAsync(keepSlack: true);

        // Back once Slack is: the triggers are rebuilt from the database.
        clock.Advance(due.AddMinutes(31) - clock.GetUtcNow());
        await using var second = await BrigadeHost.StartAsync(slack: first.Slack, clock: clock, dataFolder: first.DataFolder);
        await Eventually.HoldsAsync(async () => (await new EventFlow(second).ReloadAsync(conference)).Reminder24hSentAtUtc is not null,
            "the reminder never went out after the restart");
        await second.Services.GetRequiredService<EventReminders>().RunAsync(conference.Id, EventReminderKind.DayBefore, default);

        Assert.Equal(["D0ALICE", "D0BOB", "D0CAROL"], outage.Channels);
    }

    [Fact]
    public async Task A_reminder_Slack_cannot_take_before_the_conference_starts_is_dropped_and_the_log_says_why()
    {
        var clock = Clock();
        await using var host = await BrigadeHost.StartAsync(clock: clock);
        var conference = await ConferenceAsync(host, "U0ALICE");
        await using var outage = new SlackOutage(clock, Start.AddMinutes(-5), Start.AddMinutes(5), FakeReply.ServerError(503), HourText).Apply(host.Slack);

        // The bot was down for both reminders; it comes back 30 s before the start, with Slack still unreachable.
        await outage.DroppedAsync(host, Start.AddSeconds(-30));

        Assert.Contains($"Conference reminder HourBefore for conference {conference.Id} dropped: not delivered (retries_exhausted) and no longer useful",
            SlackOutage.DropLine(host));
        Assert.Empty(outage.Delivered);
        Assert.Null(await host.Services.GetRequiredService<IBrigadeScheduler>()
            .NextFireTimeAsync(EventReminders.Key(conference.Id, EventReminderKind.HourBefore), default));
    }

    private static TimerWatchingClock Clock() => new(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));

    private static async Task<Conference> ConferenceAsync(BrigadeHost host, params string[] members)
    {
        var flow = new EventFlow(host);
        var conference = await flow.CreateAsync();
        foreach (var member in members) await flow.RegisterAsync(conference, member);
        await host.IdleAsync();
        return conference;
    }
}
