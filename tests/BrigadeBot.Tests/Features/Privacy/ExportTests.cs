using BrigadeBot.Features.Common;
using System.Text.Json.Nodes;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Tests.Features.Codev;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Privacy;

public sealed class ExportTests : PrivacyHostTests
{
    public const string Other = "U0OTHER";
    public const string MyNote = "Mon site Wix est lent";
    public const string OtherNote = "Note confidentielle de l'autre";
    public const string MyProblem = "Comment tarifer mes ateliers de céramique ?";
    public const string OtherProblem = "Comment trouver une salle de répétition abordable ?";

    /// <summary>Two members with bookings in the same group session, proposals, crossed votes and a registration each.</summary>
    public static async Task<(CodevProposal Mine, CodevProposal Theirs, CodevMeeting Meeting)> TwoMembersAsync(BrigadeHost host, PrivacyFlow flow)
    {
        await flow.BookWithProfileAsync(BrigadeHost.Member, "artiste", statistics: true, note: MyNote);
        await flow.BookWithProfileAsync(Other, "etudiant", statistics: false, note: OtherNote);
        var mine = await host.ProposeAsync(MyProblem, BrigadeHost.Member);
        var theirs = await host.ProposeAsync(OtherProblem, Other);
        await host.ClickAsync(CodevIds.Vote, theirs.Id.ToString(), BrigadeHost.Member);
        await host.ClickAsync(CodevIds.Vote, mine.Id.ToString(), Other);
        var meeting = await host.ScheduleAsync(theirs);
        await host.RegisterAsync(meeting, BrigadeHost.Member);
        await host.RegisterAsync(meeting, Other);
        await host.IdleAsync();
        return (mine, theirs, meeting);
    }

    [Fact]
    public async Task Mes_donnees_sends_a_french_summary_and_the_whole_export_to_the_member_only()
    {
        var (mine, theirs, meeting) = await TwoMembersAsync(host, flow);

        var reply = await (await host.CommandAsync("mes-données")).ReadObjectAsync();
        await host.IdleAsync();

        Assert.Equal("ephemeral", reply["response_type"]?.ToString());
        Assert.Contains(FrenchTypography.Apply("Réservations d'accompagnement : 1"), reply.Readable());
        Assert.Contains("Artiste professionnel·le", reply.Readable());
        var complete = host.Slack.CallsTo("files.completeUploadExternal").Last();
        Assert.Equal("D0MEMBER1", complete.Arg("channel_id"));
        Assert.Equal(PrivacyTexts.ExportFileName, host.Slack.CallsTo("files.getUploadURLExternal").Last().Arg("filename"));

        var export = flow.LastExport();
        Assert.Equal(MemberExport.Schema, export["schema"]!.ToString());
        Assert.Equal(BrigadeHost.Member, export["member"]!.ToString());
        Assert.Matches(@"^2026-11-30T09:00:00-05:00$", export["generated_at"]!.ToString());
        var booking = Assert.Single(export["bookings"]!.AsArray())!;
        Assert.Equal(MyNote, booking["note"]!.ToString());
        Assert.Equal("2026-12-02T14:00:00-05:00", booking["start"]!.ToString());
        Assert.Equal("artiste", export["profile"]!["category"]!.ToString());
        Assert.Contains(export["consents"]!.AsArray(), c => c!["purpose"]!.ToString() == ConsentPurposes.Statistics && c["granted"]!.GetValue<bool>());
        var proposal = Assert.Single(export["proposals"]!.AsArray())!;
        Assert.Equal(MyProblem, proposal["problem"]!.ToString());
        Assert.Equal(1, proposal["votes"]!.GetValue<int>());
        Assert.Equal(theirs.Id, Assert.Single(export["votes"]!.AsArray())!["proposal"]!.GetValue<int>());
        Assert.Equal(meeting.Id, Assert.Single(export["registrations"]!.AsArray())!["meeting"]!.GetValue<int>());
        Assert.Empty(export["survey_answers"]!.AsArray());

        var text = export.Readable();
        foreach (var trace in new[] { Other, OtherNote, OtherProblem, BrigadeHost.Animator, "etudiant" })
            Assert.DoesNotContain(trace, text);
        Assert.DoesNotContain(host.Slack.Calls, c => c.Method.StartsWith("chat.post", StringComparison.Ordinal) && c.AllText.Contains(MyNote)
            && c.Arg("channel") != "D0MEMBER1" && c.Arg("channel") != "D0ANIMATOR");
    }

    [Fact]
    public async Task A_member_cannot_ask_for_someone_elses_data()
    {
        await TwoMembersAsync(host, flow);

        var reply = await (await host.CommandAsync($"mes-donnees <@{Other}|autre>")).ReadObjectAsync();
        await host.IdleAsync();

        Assert.Contains("que vos propres données", reply.Readable());
        Assert.DoesNotContain(host.Slack.CallsTo("files.getUploadURLExternal"), c => c.Arg("filename")!.EndsWith(".json"));
    }

    [Fact]
    public async Task An_animator_export_of_a_member_goes_to_the_animator_and_is_audited()
    {
        await TwoMembersAsync(host, flow);

        await host.CommandAsync($"mes-donnees <@{Other}|autre>", BrigadeHost.Animator);
        await host.IdleAsync();

        Assert.Equal("D0ANIMATOR", host.Slack.CallsTo("files.completeUploadExternal").Last().Arg("channel_id"));
        Assert.Equal(Other, flow.LastExport()["member"]!.ToString());
        Assert.DoesNotContain(MyNote, flow.LastExport().Readable());
        var entry = Assert.Single(await host.Services.GetRequiredService<AuditStore>().AllAsync());
        Assert.Equal((BrigadeHost.Animator, AuditActions.Export, Other), (entry.Actor, entry.Action, entry.Subject));
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime, entry.AtUtc);
    }
}
