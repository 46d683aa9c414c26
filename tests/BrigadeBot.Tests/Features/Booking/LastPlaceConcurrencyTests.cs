using System.Net;
using BrigadeBot.Features.Booking;

namespace BrigadeBot.Tests.Features.Booking;

public sealed class LastPlaceConcurrencyTests
{
    [Fact]
    public async Task Fifty_members_submitting_for_the_last_place_at_once_yield_exactly_one_booking()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00", capacity: 2);
        await flow.BookAsync("cybersecurite", "mardi 1er décembre");
        var form = (await flow.OpenBookingAsync("U0RACER00")).Set("Thème", "cybersecurite").Set("Créneau", "mardi 1er décembre");
        var requests = Enumerable.Range(0, 50)
            .Select(i => host.Signer.Interaction(form.Submission($"U0RACER{i:00}")))
            .ToList();

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = requests.Select(request => Task.Run(async () =>
        {
            await start.Task;
            var response = await host.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        })).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(racing);
        await host.IdleAsync();

        Assert.Single(answers, a => a == "");
        var refusals = answers.Where(a => a != "").Select(BookingFlow.Parse).ToList();
        Assert.Equal(49, refusals.Count);
        Assert.All(refusals, r => Assert.Contains("est maintenant complet", r["errors"]![BookingIds.SlotChoicePrefix]!.ToString()));
        Assert.Equal(2, flow.Bookings().Count(b => b.Status == BookingStatus.Confirmed));
        Assert.Single(flow.Bookings(), b => b.MemberId.StartsWith("U0RACER"));
    }
}
