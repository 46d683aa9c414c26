using System.Net.Http.Headers;
using System.Net.Http.Json;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Codev;
using BrigadeBot.Tests.Features.Codev;

namespace BrigadeBot.Tests.Features.Privacy;

public sealed class PublicChannelTests
{
    [Fact]
    public async Task Booking_codev_and_privacy_flows_put_no_booking_category_or_export_in_a_channel()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new PrivacyFlow(host);
        var (mine, _, meeting) = await ExportTests.TwoMembersAsync(host, flow);
        foreach (var booking in flow.Booking.Bookings()) await flow.HoldAsync(booking);
        await host.ClickAsync(CodevIds.Vote, mine.Id.ToString(), "U0THIRD");
        await host.CommandAsync("mes-donnees");
        await host.CommandAsync("agenda", BrigadeHost.Animator);
        await host.CommandAsync("codev liste", BrigadeHost.Animator);
        await flow.SubmitAsync(await flow.OpenAsync("corriger"));
        await flow.SubmitAsync(await flow.OpenAsync("oublier", ExportTests.Other));
        await host.IdleAsync();

        var published = host.Slack.PublicChannelCalls;
        Assert.Contains(published, c => c.AllText.Contains(ExportTests.MyProblem)); // the check sees the codev channel
        foreach (var secret in new[] { ExportTests.MyNote, ExportTests.OtherNote, "Cybersécurité", "mercredi 2 décembre, 14 h" })
            Assert.DoesNotContain(published, c => c.AllText.Contains(secret, StringComparison.Ordinal));
        PublicChannelGuard.Check(host.Slack);
    }

    [Fact]
    public async Task The_guard_refuses_a_category_posted_in_a_channel_but_not_in_a_dm()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FakeSlackServer.BotToken);

        await client.PostAsJsonAsync(slack.ApiBaseUrl + "chat.postMessage", new { channel = "D0MEMBER1", text = "Étudiant·e" });
        PublicChannelGuard.Check(slack);
        await client.PostAsJsonAsync(slack.ApiBaseUrl + "chat.postMessage", new { channel = "C0GENERAL", text = "Catégorie : Étudiant·e" });

        Assert.Throws<InvalidOperationException>(() => PublicChannelGuard.Check(slack));
    }
}
