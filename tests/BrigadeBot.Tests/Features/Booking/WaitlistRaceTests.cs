using System.Net;
using BrigadeBot.Features.Booking;

namespace BrigadeBot.Tests.Features.Booking;

public sealed class WaitlistRaceTests
{
    private const string Tuesday = "mardi 1er décembre";

    /// <summary>
    /// A full group slot of 25, 10 people on its theme's list; 25 participants cancel while 25 others try to book, all at
    /// once. Every freed place is either held for one distinct waiting person or free; none is lost, none given twice.
    /// </summary>
    [Fact]
    public async Task Fifty_parallel_cancellations_and_bookings_never_lose_nor_double_a_place()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00", capacity: 25);
        var slot = Assert.Single(flow.Slots());
        var form = (await flow.OpenBookingAsync("U0IN00")).Set("Thème", "cybersecurite").Set("Créneau", Tuesday);
        await Task.WhenAll(Enumerable.Range(0, 25).Select(i => host.InteractionAsync(form.Submission($"U0IN{i:00}"))));
        await host.IdleAsync();
        Assert.Equal(25, flow.Bookings().Count(b => b.Status == BookingStatus.Confirmed));
        for (var i = 0; i < 10; i++) await flow.ClickAsync($"U0WAIT{i:00}", BookingIds.WaitTheme, "cybersecurite");

        var requests = flow.Bookings().Select(b => host.Signer.Interaction(flow.Click(b.MemberId, BookingIds.CancelBooking, b.Id)))
            .Concat(Enumerable.Range(0, 25).Select(i => host.Signer.Interaction(form.Submission($"U0OUT{i:00}"))))
            .ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = requests.Select(request => Task.Run(async () =>
        {
            await start.Task;
            Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(request)).StatusCode);
        })).ToList();
        start.SetResult();
        await Task.WhenAll(racing);
        await host.IdleAsync();

        var now = host.Clock.GetUtcNow().UtcDateTime;
        var confirmed = flow.Bookings().Where(b => b.Status == BookingStatus.Confirmed).ToList();
        Assert.All(confirmed, b => Assert.StartsWith("U0OUT", b.MemberId));
        var offers = flow.Waitlist().Where(e => e.OfferedPlace == WaitQueues.Place(slot.Id)).ToList();
        Assert.Equal(10, offers.Select(e => e.MemberId).Distinct().Count()); // every waiting person, once
        Assert.InRange(confirmed.Count, 0, 15);
        Assert.Equal(confirmed.Count + 10, flow.PlacesTaken(slot.Id, now));
        Assert.Equal(10, BookingFlow.Sent(host, "Une place s'est libérée pour vous").Select(c => c.Arg("channel")).Distinct().Count());

        // Others fill the free places at once, never the held ones; then the waiting people take theirs, all at once.
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => host.InteractionAsync(form.Submission($"U0LATE{i:00}"))));
        await host.IdleAsync();
        Assert.Equal(15, flow.Bookings().Count(b => b.Status == BookingStatus.Confirmed));
        Assert.Equal(25, flow.PlacesTaken(slot.Id, now));
        await Task.WhenAll(offers.Select(o => host.InteractionAsync(form.Submission(o.MemberId))));
        await host.IdleAsync();
        var final = flow.Bookings().Where(b => b.Status == BookingStatus.Confirmed).ToList();
        Assert.Equal(25, final.Count);
        Assert.Equal(25, final.Select(b => b.MemberId).Distinct().Count());
        Assert.Equal(10, final.Count(b => b.MemberId.StartsWith("U0WAIT")));
        Assert.Empty(flow.Waitlist());
    }
}
