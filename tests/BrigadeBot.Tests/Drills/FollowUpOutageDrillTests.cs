using Brigade.Slack.Testing;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Common.Deliveries;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Watch;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Drills;

/// <summary>
/// Slack down when the follow-up of an accompaniment falls due (15 minutes after it ends, Wednesday 2 December at
/// 20:15 UTC): the member gets it once after the outage, even across a restart; once it is too late to be useful it is
/// dropped with a log line saying why.
/// </summary>
public sealed class FollowUpOutageDrillTests
{
    private static readonly DateTimeOffset Due = new(2026, 12, 2, 20, 15, 0, TimeSpan.Zero);
    private const string Marker = "*Merci*";

    [Theory]
    [MemberData(nameof(SlackOutage.Failures), MemberType = typeof(SlackOutage))]
    public async Task Slack_down_for_two_minutes_around_the_follow_up_the_member_gets_it_once_after_the_outage(int status)
    {
        var clock = Clock();
        await using var host = await BrigadeHost.StartAsync(clock: clock);
        var booking = await SlackOutageDrillTests.BookAsync(host);
        await using var outage = new SlackOutage(clock, Due.AddMinutes(-1), Due.AddMinutes(1), SlackOutage.Reply(status), Marker).Apply(host.Slack);

        await outage.FailsAndIsRescheduledAsync(host, BookingReminders.Key(booking.Id, ReminderKind.FollowUp), Due,
            $"Booking follow-up for booking {booking.Id}");

        clock.Advance(DeliveryRetries.RetryAfter);
        await Eventually.HoldsAsync(() => !outage.Delivered.IsEmpty, "the follow-up never went out after the outage");
        await host.Services.GetRequiredService<BookingReminders>().RunAsync(booking.Id, ReminderKind.FollowUp, default);

        Assert.Equal(["D0MEMBER1"], outage.Channels);
        Assert.True(Assert.Single(outage.Delivered).At >= Due.AddMinutes(1));
        Assert.Equal(BookingStatus.Held, Stored(host).Status);
        Assert.NotNull(Stored(host).FollowUpSentAt);
    }

    [Fact]
    public async Task A_follow_up_waiting_for_Slack_is_sent_once_after_a_restart()
    {
        var clock = Clock();
        var first = await BrigadeHost.StartAsync(clock: clock);
        var booking = await SlackOutageDrillTests.BookAsync(first);
        await using var outage = new SlackOutage(clock, Due.AddMinutes(-1), Due.AddMinutes(10), FakeReply.ServerError(500), Marker).Apply(first.Slack);

        await outage.FailsAndIsRescheduledAsync(first, BookingReminders.Key(booking.Id, ReminderKind.FollowUp), Due,
            $"Booking follow-up for booking {booking.Id}");
        await first.DisposeAsync(keepSlack: true);

        clock.Advance(Due.AddMinutes(11) - clock.GetUtcNow());
        await using var second = await BrigadeHost.StartAsync(slack: first.Slack, clock: clock, dataFolder: first.DataFolder);
        await Eventually.HoldsAsync(() => !outage.Delivered.IsEmpty, "the follow-up never went out after the restart");
        await second.Services.GetRequiredService<BookingReminders>().RunAsync(booking.Id, ReminderKind.FollowUp, default);

        Assert.Equal(["D0MEMBER1"], outage.Channels);
        Assert.NotNull(Stored(second).FollowUpSentAt);
    }

    [Fact]
    public async Task A_follow_up_Slack_cannot_take_before_it_stops_being_useful_is_dropped_and_the_log_says_why()
    {
        var clock = Clock();
        await using var host = await BrigadeHost.StartAsync(clock: clock);
        var booking = await SlackOutageDrillTests.BookAsync(host);
        var tooLate = Due + BookingReminders.FollowUpUsefulFor;
        await using var outage = new SlackOutage(clock, tooLate.AddMinutes(-5), tooLate.AddMinutes(5), FakeReply.ServerError(503), Marker)
            .Apply(host.Slack);

        // The bot was down since the session; it comes back 30 s before the follow-up stops being useful, Slack still unreachable.
        await outage.DroppedAsync(host, tooLate.AddSeconds(-30));
        clock.Advance(TimeSpan.FromMinutes(10));
        await host.Services.GetRequiredService<BookingReminders>().RunAsync(booking.Id, ReminderKind.FollowUp, default);

        Assert.Contains($"Booking follow-up for booking {booking.Id} dropped: not delivered (retries_exhausted) and no longer useful",
            SlackOutage.DropLine(host));
        Assert.Empty(outage.Delivered);
        Assert.Equal(BookingStatus.Held, Stored(host).Status);
    }

    private static BrigadeBot.Features.Booking.Booking Stored(BrigadeHost host) => Assert.Single(new BookingFlow(host).Bookings());

    private static TimerWatchingClock Clock() => new(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
}
