using BrigadeBot.Features.Booking;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>An animator removed from <c>Brigade:Animators</c> keeps no power over the slots they published before.</summary>
public sealed class FormerAnimatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 19, 0, 0, TimeSpan.Zero); // 14:00 Toronto

    /// <summary>A slot of <see cref="BrigadeHost.Animator"/> with one booking, then a restart where only another person animates.</summary>
    private static async Task<(BrigadeHost Host, BookingFlow Flow)> RemovedAfterPublishingAsync()
    {
        var first = await BrigadeHost.StartAsync();
        var before = new BookingFlow(first);
        await before.PublishAsync("2026-12-02", "14:00", capacity: 2);
        await before.BookAsync("cybersecurite", "mercredi 2 décembre");
        await first.DisposeAsync(keepSlack: true);

        var host = await BrigadeHost.StartAsync(new() { ["Brigade:Animators:0"] = BookingFlow.Animator2 }, first.Slack, first.Clock,
            first.DataFolder);
        return (host, new BookingFlow(host));
    }

    [Fact]
    public async Task A_former_animator_cannot_cancel_their_slot()
    {
        var (host, flow) = await RemovedAfterPublishingAsync();
        await using var _ = host;

        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.CancelSlot, Assert.Single(flow.Slots()).Id);

        Assert.Equal(SlotStatus.Open, Assert.Single(flow.Slots()).Status);
        Assert.Equal(BookingStatus.Confirmed, Assert.Single(flow.Bookings()).Status);
        Assert.Contains("n'est pas le vôtre", host.Slack.CallsTo("(response_url)").Last().AllText);
    }

    [Fact]
    public async Task A_former_animator_cannot_mark_attendance_in_their_session()
    {
        var (host, flow) = await RemovedAfterPublishingAsync();
        await using var _ = host;
        host.Clock.Advance(Start.AddMinutes(10) - host.Clock.GetUtcNow());

        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.MarkPresent, Assert.Single(flow.Bookings()).Id);

        Assert.Null(Assert.Single(flow.Bookings()).Attendance);
        Assert.Contains("n'est pas dans une de vos séances commencées", host.Slack.CallsTo("(response_url)").Last().AllText);
    }
}
