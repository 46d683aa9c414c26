using BrigadeBot.Features.Booking;
using BrigadeBot.Tests.Features.Home;

namespace BrigadeBot.Tests.Features.Booking;

public sealed class WaitlistHomeTests
{
    [Fact]
    public async Task The_Home_offers_to_move_each_booking_and_to_leave_each_waiting_list()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00");
        await flow.PublishAsync("2026-12-03", "14:00");
        await flow.BookAsync("cybersecurite", "mercredi 2 décembre");
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.WaitTheme, "wikimedia");
        await HomeTests.OpenHomeAsync(host, BrigadeHost.Member);

        var home = HomeTests.Published(host, BrigadeHost.Member)[^1].AllText;
        Assert.Contains(BookingIds.HomeMoveBooking, home);
        Assert.Contains("Déplacer l'accompagnement du mercredi 2 décembre à 14 h", home);
        Assert.Contains("Vos listes d'attente", home);
        Assert.Contains(BookingIds.HomeLeaveWaitlist, home);

        var before = host.Slack.CallsTo("views.open").Count;
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.HomeMoveBooking, flow.Bookings().Single().Id);
        Assert.Equal(before + 1, host.Slack.CallsTo("views.open").Count);

        await flow.ClickAsync(BrigadeHost.Member, BookingIds.HomeLeaveWaitlist, flow.Waitlist().Single().Id);
        Assert.Empty(flow.Waitlist());
        Assert.Contains("Vous avez quitté la liste d'attente", HomeTests.Published(host, BrigadeHost.Member)[^1].AllText);
    }
}
