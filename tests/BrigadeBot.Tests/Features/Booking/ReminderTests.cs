using BrigadeBot.Features.Booking;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static BrigadeBot.Tests.Features.Booking.BookingFlow;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>The clock starts Monday 2026-11-30 14:00 UTC; the session is Wednesday 2 December, 14:00–15:00 Toronto (19:00 UTC).</summary>
public sealed class ReminderTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 19, 0, 0, TimeSpan.Zero);

    private static async Task<(BrigadeHost, BookingFlow, BrigadeBot.Features.Booking.Booking)> BookedAsync()
    {
        var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00");
        await flow.BookAsync("cybersecurite", "mercredi 2 décembre");
        return (host, flow, Assert.Single(flow.Bookings()));
    }

    [Fact]
    public async Task Reminders_go_24_h_and_1_h_before_to_both_people_and_the_follow_up_15_min_after_the_end()
    {
        var (host, flow, booking) = await BookedAsync();
        await using var _ = host;

        await AdvanceToAsync(host, Start.AddHours(-24), "*Rappel*", 2);
        Assert.Single(Sent(host, "*Rappel*"), c => c.Arg("channel") == "D0MEMBER1");
        Assert.Single(Sent(host, "*Rappel*"), c => c.Arg("channel") == "D0ANIMATOR");
        Assert.Contains("mercredi 2 décembre, 14 h – 15 h", Sent(host, "*Rappel*")[0].AllText);

        await AdvanceToAsync(host, Start.AddHours(-1), "*Dans une heure*", 2);
        await AdvanceToAsync(host, Start.AddMinutes(75), "*Merci*", 1);

        var followUp = Assert.Single(Sent(host, "*Merci*"));
        Assert.Equal("D0MEMBER1", followUp.Arg("channel"));
        Assert.Contains("https://culturelaurentides.com/brigade/fiches/cybersecurite", followUp.AllText);
        var held = Assert.Single(flow.Bookings());
        Assert.Equal(BookingStatus.Held, held.Status);
        Assert.NotNull(held.Reminder24hSentAt);
        Assert.NotNull(held.Reminder1hSentAt);
        Assert.Equal(Start.AddMinutes(75).UtcDateTime, held.FollowUpSentAt);
        Assert.Equal(2, Sent(host, "*Rappel*").Count);
    }

    [Fact]
    public async Task A_cancelled_booking_cancels_its_reminders()
    {
        var (host, flow, booking) = await BookedAsync();
        await using var _ = host;

        await flow.ClickAsync(BrigadeHost.Member, BookingIds.CancelBooking, booking.Id);
        var scheduler = host.Services.GetRequiredService<IBrigadeScheduler>();
        host.Clock.Advance(TimeSpan.FromDays(4));
        await host.Services.GetRequiredService<BookingReminders>().RunAsync(booking.Id, ReminderKind.DayBefore, default);

        foreach (var kind in Enum.GetValues<ReminderKind>())
            Assert.Null(await scheduler.NextFireTimeAsync(BookingReminders.Key(booking.Id, kind), default));
        Assert.Empty(Sent(host, "Rappel"));
        Assert.Empty(Sent(host, "*Merci*"));
    }

    [Fact]
    public async Task A_reminder_due_while_the_bot_was_down_is_sent_once_at_start_and_never_again()
    {
        var (first, _, booking) = await BookedAsync();
        await first.DisposeAsync(keepSlack: true);
        first.Clock.Advance(Start.AddHours(-20) - first.Clock.GetUtcNow()); // the 24 h reminder fell due 4 h ago

        var second = await BrigadeHost.StartAsync(slack: first.Slack, clock: first.Clock, dataFolder: first.DataFolder);
        await AdvanceToAsync(second, second.Clock.GetUtcNow(), "*Rappel*", 2);
        await second.DisposeAsync(keepSlack: true);

        await using var third = await BrigadeHost.StartAsync(slack: first.Slack, clock: first.Clock, dataFolder: first.DataFolder);
        await AdvanceToAsync(third, Start.AddHours(-1), "*Dans une heure*", 2);

        Assert.Equal(2, Sent(third, "*Rappel*").Count);
        Assert.Equal(2, Sent(third, "*Dans une heure*").Count);
        Assert.Equal(Start.AddHours(-20).UtcDateTime, new BookingFlow(third).Bookings().Single().Reminder24hSentAt);
    }

    [Fact]
    public async Task After_a_downtime_past_the_start_no_reminder_is_sent_but_the_follow_up_still_is()
    {
        var (first, _, _) = await BookedAsync();
        await first.DisposeAsync(keepSlack: true);
        first.Clock.Advance(Start.AddMinutes(30) - first.Clock.GetUtcNow());

        await using var second = await BrigadeHost.StartAsync(slack: first.Slack, clock: first.Clock, dataFolder: first.DataFolder);
        await AdvanceToAsync(second, Start.AddMinutes(75), "*Merci*", 1);

        Assert.Empty(Sent(second, "Rappel"));
        Assert.Empty(Sent(second, "*Dans une heure*"));
        Assert.Equal(BookingStatus.Held, new BookingFlow(second).Bookings().Single().Status);
    }

    [Fact]
    public async Task Reminders_of_a_session_on_the_Sunday_of_the_November_change_keep_to_the_hour()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 20, 12, 0, 0, TimeSpan.Zero));
        await using var host = await BrigadeHost.StartAsync(clock: clock);
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-11-01", "10:00");
        await flow.BookAsync("cybersecurite", "dimanche 1er novembre, 10 h – 11 h");
        var booking = Assert.Single(flow.Bookings());
        var scheduler = host.Services.GetRequiredService<IBrigadeScheduler>();

        Assert.Equal(new DateTime(2026, 11, 1, 15, 0, 0), booking.StartUtc);
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 15, 0, 0, TimeSpan.Zero),
            await scheduler.NextFireTimeAsync(BookingReminders.Key(booking.Id, ReminderKind.DayBefore), default));
        await AdvanceToAsync(host, new DateTimeOffset(2026, 11, 1, 14, 0, 0, TimeSpan.Zero), "*Dans une heure*", 2);
        Assert.Contains("dimanche 1er novembre, 10 h – 11 h", Sent(host, "*Dans une heure*")[0].AllText);
    }

    [Fact]
    public async Task In_a_group_session_each_member_gets_a_reminder_and_the_animator_one_naming_them_all()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00", capacity: 3);
        await flow.BookAsync("cybersecurite", "mercredi 2 décembre");
        await flow.BookAsync("wikimedia", "mercredi 2 décembre", "U0MEMBER2");

        await AdvanceToAsync(host, Start.AddHours(-24), "*Rappel*", 3);

        var reminders = Sent(host, "*Rappel*");
        Assert.Equal(["D0ANIMATOR", "D0MEMBER1", "D0MEMBER2"], reminders.Select(r => r.Arg("channel")).Order());
        var toAnimator = Assert.Single(reminders, r => r.Arg("channel") == "D0ANIMATOR").AllText;
        Assert.Contains("<@U0MEMBER1>", toAnimator);
        Assert.Contains("<@U0MEMBER2>", toAnimator);
    }

    [Fact]
    public async Task A_follow_up_more_than_three_days_late_is_not_sent_but_the_booking_is_marked_held()
    {
        var (first, _, _) = await BookedAsync();
        await first.DisposeAsync(keepSlack: true);
        first.Clock.Advance(Start.AddDays(5) - first.Clock.GetUtcNow());

        await using var second = await BrigadeHost.StartAsync(slack: first.Slack, clock: first.Clock, dataFolder: first.DataFolder);
        var flow = new BookingFlow(second);
        // The job rescheduled at start races this direct call; claims are serialised, so either way it is settled after it.
        await second.Services.GetRequiredService<BookingReminders>().RunAsync(flow.Bookings().Single().Id, ReminderKind.FollowUp, default);

        var booking = flow.Bookings().Single();
        Assert.Equal(BookingStatus.Held, booking.Status);
        Assert.Null(booking.FollowUpSentAt);
        Assert.Empty(Sent(second, "*Merci*"));
    }
}
