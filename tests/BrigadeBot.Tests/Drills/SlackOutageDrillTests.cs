using Brigade.Slack.Testing;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Common.Deliveries;
using BrigadeBot.Scheduling;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Watch;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Drills;

/// <summary>
/// Slack answers 500 (or 429) to every call for a while around a reminder: the reminder is tried again while it is
/// still useful, reaches each person exactly once, and when it can no longer help it is dropped with a log line saying
/// why. The session is Wednesday 2 December, 19:00 UTC; the hour-before reminder falls due at 18:00.
/// </summary>
public sealed class SlackOutageDrillTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 19, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = Start.AddHours(-1);
    private const string HourText = "*Dans une heure*";

    [Theory]
    [MemberData(nameof(SlackOutage.Failures), MemberType = typeof(SlackOutage))]
    public async Task Slack_down_for_two_minutes_around_the_reminder_each_person_gets_it_once_after_the_outage(int status)
    {
        var clock = new TimerWatchingClock(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        await using var host = await BrigadeHost.StartAsync(clock: clock);
        var booking = await BookAsync(host);
        await using var outage = new SlackOutage(clock, Due.AddMinutes(-1), Due.AddMinutes(1), SlackOutage.Reply(status), HourText).Apply(host.Slack);

        await outage.FailsAndIsRescheduledAsync(host, BookingReminders.Key(booking.Id, ReminderKind.HourBefore), Due,
            $"Booking reminder HourBefore for booking {booking.Id}");

        clock.Advance(DeliveryRetries.RetryAfter);
        await Eventually.HoldsAsync(() => outage.Delivered.Count >= 2, "the reminder never went out after the outage");
        clock.Advance(TimeSpan.FromMinutes(30));
        await host.Services.GetRequiredService<BookingReminders>().RunAsync(booking.Id, ReminderKind.HourBefore, default);

        Assert.Equal(["D0ANIMATOR", "D0MEMBER1"], outage.Delivered.Select(d => d.Channel).Order());
        Assert.All(outage.Delivered, d => Assert.True(d.At >= Due.AddMinutes(1) && d.At < Start));
        Assert.NotNull(Assert.Single(new BookingFlow(host).Bookings()).Reminder1hSentAt);
    }

    [Fact]
    public async Task A_reminder_Slack_cannot_take_before_the_session_starts_is_dropped_and_the_log_says_why()
    {
        var clock = new TimerWatchingClock(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        await using var host = await BrigadeHost.StartAsync(clock: clock);
        var booking = await BookAsync(host);
        await using var outage = new SlackOutage(clock, Start.AddMinutes(-5), Start.AddMinutes(5), FakeReply.ServerError(503), HourText).Apply(host.Slack);

        // The bot was down at 18:00; it comes back 30 s before the start, with Slack still unreachable.
        await outage.DroppedAsync(host, Start.AddSeconds(-30));

        Assert.Contains($"HourBefore for booking {booking.Id} dropped: not delivered (retries_exhausted) and no longer useful",
            SlackOutage.DropLine(host));
        Assert.Empty(outage.Delivered);
        Assert.Null(await host.Services.GetRequiredService<IBrigadeScheduler>()
            .NextFireTimeAsync(BookingReminders.Key(booking.Id, ReminderKind.HourBefore), default));
    }

    /// <summary>A member books the one-hour session of Wednesday 2 December, 14:00 in Toronto (19:00 UTC).</summary>
    internal static async Task<BrigadeBot.Features.Booking.Booking> BookAsync(BrigadeHost host)
    {
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00");
        await flow.BookAsync("cybersecurite", "mercredi 2 décembre");
        await host.IdleAsync();
        return Assert.Single(flow.Bookings());
    }
}
