using Brigade.Slack.Testing;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Common.Deliveries;
using BrigadeBot.Scheduling;
using BrigadeBot.Tests.Features.Codev;
using BrigadeBot.Tests.Features.Watch;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Drills;

/// <summary>
/// Slack down around a codev meeting's day-before reminder: each registered member gets it once after the outage, or,
/// when Slack is still down as the meeting starts, nobody gets it late and the log says why. The meeting starts Tuesday
/// 8 December, 18:30 UTC; its reminder falls due 24 hours before.
/// </summary>
public sealed class CodevReminderOutageDrillTests
{
    private static readonly DateTimeOffset Start = CodevMeetings.StartsAtUtc;
    private static readonly DateTimeOffset Due = Start - MeetingReminders.Ahead;
    private const string Marker = "*demain*";

    [Theory]
    [MemberData(nameof(SlackOutage.Failures), MemberType = typeof(SlackOutage))]
    public async Task Slack_down_for_two_minutes_around_the_reminder_each_member_gets_it_once_after_the_outage(int status)
    {
        var clock = new TimerWatchingClock(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        await using var host = await BrigadeHost.StartAsync(clock: clock);
        var meeting = await MeetingAsync(host, "U0REMIND1", "U0REMIND2");
        await using var outage = new SlackOutage(clock, Due.AddMinutes(-1), Due.AddMinutes(1), SlackOutage.Reply(status), Marker).Apply(host.Slack);

        await outage.FailsAndIsRescheduledAsync(host, MeetingReminders.KeyOf(meeting.Id), Due, $"Codev reminder for meeting {meeting.Id}");

        clock.Advance(DeliveryRetries.RetryAfter);
        await Eventually.HoldsAsync(async () => (await host.Services.GetRequiredService<MeetingStore>().FindAsync(meeting.Id))!
            .ReminderSentAtUtc is not null, "the reminder never went out after the outage");
        await host.Services.GetRequiredService<MeetingReminders>().SendAsync(meeting.Id, default);

        Assert.Equal(["D0REMIND1", "D0REMIND2"], outage.Channels);
        Assert.All(outage.Delivered, d => Assert.True(d.At >= Due.AddMinutes(1) && d.At < Start));
    }

    [Fact]
    public async Task A_reminder_Slack_cannot_take_before_the_meeting_starts_is_dropped_and_the_log_says_why()
    {
        var clock = new TimerWatchingClock(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        await using var host = await BrigadeHost.StartAsync(clock: clock);
        var meeting = await MeetingAsync(host, "U0REMIND1");
        await using var outage = new SlackOutage(clock, Start.AddMinutes(-5), Start.AddMinutes(5), FakeReply.ServerError(503), Marker).Apply(host.Slack);

        // The bot was down when the reminder fell due; it comes back 30 s before the start, with Slack still unreachable.
        await outage.DroppedAsync(host, Start.AddSeconds(-30));
        clock.Advance(TimeSpan.FromMinutes(10));
        await host.Services.GetRequiredService<MeetingReminders>().SendAsync(meeting.Id, default);

        Assert.Contains($"Codev reminder for meeting {meeting.Id} dropped: not delivered (retries_exhausted) and no longer useful",
            SlackOutage.DropLine(host));
        Assert.Empty(outage.Delivered);
        Assert.Null(await host.Services.GetRequiredService<IBrigadeScheduler>().NextFireTimeAsync(MeetingReminders.KeyOf(meeting.Id), default));
    }

    private static async Task<CodevMeeting> MeetingAsync(BrigadeHost host, params string[] members)
    {
        var meeting = await host.ScheduleAsync(await host.ProposeAsync("Comment garder nos listes d'envoi à jour ?"));
        foreach (var member in members) await host.RegisterAsync(meeting, member);
        await host.IdleAsync();
        return meeting;
    }
}
