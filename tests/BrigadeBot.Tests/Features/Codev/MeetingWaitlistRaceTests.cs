using System.Net;
using BrigadeBot.Features.Codev;
using BrigadeBot.Tests.Features.Booking;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Codev;

public sealed class MeetingWaitlistRaceTests
{
    /// <summary>
    /// A full meeting of 25, 10 people on its waiting list; the 25 registrants leave while 25 others try to register, all
    /// at once. Every freed place is either held for one distinct waiting person or free; none is lost, none given twice.
    /// </summary>
    [Fact]
    public async Task Fifty_parallel_unregistrations_and_registrations_never_lose_nor_double_a_place()
    {
        await using var host = await BrigadeHost.StartAsync();
        var meeting = await host.ScheduleAsync(await host.ProposeAsync("Comment partager une salle entre organismes ?"), capacity: 25);
        await Task.WhenAll(Enumerable.Range(0, 25).Select(i => host.RegisterAsync(meeting, $"U0IN{i:00}")));
        for (var i = 0; i < 10; i++) await host.ClickAsync(CodevIds.JoinWaitlist, meeting.Id.ToString(), $"U0WAIT{i:00}");
        await host.IdleAsync();
        var meetings = host.Services.GetRequiredService<MeetingStore>();
        Assert.Equal(25, (await meetings.FindAsync(meeting.Id))!.RegisteredIds.Count);
        Assert.Equal(10, new BookingFlow(host).Waitlist().Count);

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = Enumerable.Range(0, 25).Select(i => (CodevIds.Unregister, $"U0IN{i:00}"))
            .Concat(Enumerable.Range(0, 25).Select(i => (CodevIds.Register, $"U0OUT{i:00}")))
            .Select(click => Task.Run(async () =>
            {
                await start.Task;
                Assert.Equal(HttpStatusCode.OK, (await host.ClickAsync(click.Item1, meeting.Id.ToString(), click.Item2)).StatusCode);
            })).ToList();
        start.SetResult();
        await Task.WhenAll(racing);
        await host.IdleAsync();

        var now = host.Clock.GetUtcNow().UtcDateTime;
        var registered = (await meetings.FindAsync(meeting.Id))!.RegisteredIds;
        Assert.All(registered, m => Assert.StartsWith("U0OUT", m));
        var offers = new BookingFlow(host).Waitlist().Where(e => e.OfferedPlace == MeetingQueues.Of(meeting.Id) && e.HoldUntilUtc > now).ToList();
        Assert.Equal(10, offers.Select(e => e.MemberId).Distinct().Count()); // every waiting person, once
        Assert.InRange(registered.Count, 0, 15);
        Assert.Equal(10, BookingFlow.Sent(host, "Une place s'est libérée pour vous").Select(c => c.Arg("channel")).Distinct().Count());

        // Others fill the free places at once, never the held ones; then the waiting people take theirs, all at once.
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => host.RegisterAsync(meeting, $"U0LATE{i:00}")));
        await host.IdleAsync();
        Assert.Equal(15, (await meetings.FindAsync(meeting.Id))!.RegisteredIds.Count);
        await Task.WhenAll(offers.Select(o => host.ClickAsync(CodevIds.TakeOffer, meeting.Id.ToString(), o.MemberId)));
        await host.IdleAsync();
        var final = (await meetings.FindAsync(meeting.Id))!.RegisteredIds;
        Assert.Equal(25, final.Count);
        Assert.Equal(25, final.Distinct().Count());
        Assert.Equal(10, final.Count(m => m.StartsWith("U0WAIT")));
        Assert.Empty(new BookingFlow(host).Waitlist());
    }
}
