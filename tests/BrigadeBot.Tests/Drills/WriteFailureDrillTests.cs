using System.Text.Json.Nodes;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Common;
using BrigadeBot.Storage;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Codev;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Drills;

/// <summary>
/// The disk refuses a write (as when it is full): the member reads the French apology, nothing of the change is
/// stored (no booking without its place, no profile without its booking), and once the disk is back the same request
/// goes through.
/// </summary>
public sealed class WriteFailureDrillTests
{
    [Fact]
    public async Task A_booking_whose_write_fails_gets_the_apology_leaves_nothing_behind_and_the_next_try_books()
    {
        var fault = new ArmedWriteFault();
        await using var host = await BrigadeHost.StartAsync(services: s => s.AddSingleton<IWriteFault>(fault));
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00");
        var slots = flow.Slots();
        var form = await flow.OpenBookingAsync();
        form.Set("Thème", "cybersecurite").Set("Créneau", "mercredi 2 décembre");
        if (form.Has("Votre catégorie de profil")) form.Set("Votre catégorie de profil", form.Options("Votre catégorie de profil")[0]);
        var dmsBefore = host.Slack.CallsTo("chat.postMessage").Count;

        fault.Armed = true;
        var refused = JsonNode.Parse(await flow.SubmitAsync(form, BrigadeHost.Member))!;

        Assert.Equal("update", refused["response_action"]?.ToString());
        Assert.Equal(CommonTexts.Apology, refused["view"]!["blocks"]![0]!["text"]!["text"]!.ToString());
        Assert.Empty(flow.Bookings());
        Assert.Null(flow.Profile(BrigadeHost.Member));
        Assert.Equivalent(slots, flow.Slots());
        Assert.Equal(dmsBefore, host.Slack.CallsTo("chat.postMessage").Count);

        fault.Armed = false;
        Assert.Equal("", await flow.SubmitAsync(form, BrigadeHost.Member));
        Assert.Single(flow.Bookings());
        Assert.True(flow.DirectMessages(BrigadeHost.Member).Count > 0, "no confirmation reached the member");
    }

    [Fact]
    public async Task A_vote_whose_write_fails_is_not_counted_the_member_is_told_and_the_next_click_counts()
    {
        var fault = new ArmedWriteFault();
        await using var host = await BrigadeHost.StartAsync(services: s => s.AddSingleton<IWriteFault>(fault));
        var proposal = await host.ProposeAsync("Comment garder le fil d'un projet à plusieurs ?");
        var proposals = host.Services.GetRequiredService<ProposalStore>();

        fault.Armed = true;
        await host.ClickAsync(CodevIds.Vote, proposal.Id.ToString(), "U0VOTER");
        await host.IdleAsync();

        Assert.Equal(0, (await proposals.FindAsync(proposal.Id))!.Votes);
        Assert.Contains(CommonTexts.Apology, host.Slack.RepliesTo("U0VOTER").Last());

        fault.Armed = false;
        await host.ClickAsync(CodevIds.Vote, proposal.Id.ToString(), "U0VOTER");
        await host.IdleAsync();
        Assert.Equal(1, (await proposals.FindAsync(proposal.Id))!.Votes);
    }
}
