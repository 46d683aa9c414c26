using System.Text.Json.Nodes;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Tests.Features.Codev;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Privacy;

public sealed class CorrectionTests : PrivacyHostTests
{
    [Fact]
    public async Task Corriger_changes_the_category_cancels_a_booking_and_withdraws_a_proposal()
    {
        var booking = await flow.BookWithProfileAsync(BrigadeHost.Member, "artiste", statistics: true);
        var proposal = await host.ProposeAsync(ExportTests.MyProblem, BrigadeHost.Member);
        var history = flow.Booking.Profile(BrigadeHost.Member)!.ConsentHistory.Count;

        var form = await flow.OpenAsync("corriger");
        Assert.Equal("artiste", form.Input("Ma catégorie de profil")["element"]!["initial_option"]!["value"]!.ToString());
        form.Set("Ma catégorie de profil", "etudiant")
            .Set("Annuler ces accompagnements", booking.Id)
            .Set("Retirer ces propositions de codéveloppement", proposal.Id.ToString());
        var done = await flow.SubmitAsync(form);

        Assert.Contains("Votre catégorie est changée", done.Readable());
        Assert.Contains("1 accompagnement(s) annulé(s)", done.Readable());
        Assert.Contains("1 proposition(s) retirée(s)", done.Readable());
        var profile = flow.Booking.Profile(BrigadeHost.Member)!;
        Assert.Equal("etudiant", profile.Category);
        Assert.Equal(history, profile.ConsentHistory.Count);
        Assert.Equal(BookingStatus.Cancelled, Assert.Single(flow.Booking.Bookings()).Status);
        Assert.Contains(flow.Booking.DirectMessages(BrigadeHost.Animator), c => c.AllText.Contains("a annulé"));
        Assert.Null(await host.Services.GetRequiredService<ProposalStore>().FindAsync(proposal.Id));
        Assert.Contains(host.Slack.CallsTo("chat.delete"), c => c.Arg("ts") == proposal.MessageTs);
    }

    [Fact]
    public async Task Nothing_to_correct_says_so_and_changes_nothing()
    {
        var form = await flow.OpenAsync("corriger");

        Assert.Contains("aucun accompagnement à venir", form.View.Readable());
        Assert.Contains("aucune proposition de codéveloppement ouverte", form.View.Readable());
        Assert.Contains("Rien n'a changé", (await flow.SubmitAsync(form)).Readable());
    }

    [Fact]
    public async Task A_forged_correction_cannot_touch_another_members_records()
    {
        await flow.BookWithProfileAsync(ExportTests.Other, "etudiant", statistics: false);
        var theirs = await host.ProposeAsync(ExportTests.OtherProblem, ExportTests.Other);
        var otherBooking = Assert.Single(flow.Booking.Bookings());
        await flow.BookWithProfileAsync(BrigadeHost.Member, "artiste", statistics: false);
        await host.ProposeAsync(ExportTests.MyProblem, BrigadeHost.Member);

        var form = await flow.OpenAsync("corriger");
        var payload = form.Submission(BrigadeHost.Member);
        var values = payload["view"]!["state"]!["values"]!.AsObject();
        values[BookingIds.CorrectionBlock] = Selected(otherBooking.Id);
        values[CodevIds.CorrectionBlock] = Selected(theirs.Id.ToString());
        await host.InteractionAsync(payload);
        await host.IdleAsync();

        Assert.Equal(BookingStatus.Confirmed, flow.Booking.Bookings().Single(b => b.Id == otherBooking.Id).Status);
        Assert.NotNull(await host.Services.GetRequiredService<ProposalStore>().FindAsync(theirs.Id));
    }

    private static JsonObject Selected(string value) => new()
    {
        [PrivacyIds.Input] = new JsonObject
        {
            ["type"] = "checkboxes",
            ["selected_options"] = new JsonArray(new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "x" }, ["value"] = value }),
        },
    };
}
