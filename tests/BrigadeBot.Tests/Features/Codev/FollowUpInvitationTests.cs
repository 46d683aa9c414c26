using BrigadeBot.Features.Codev;
using BrigadeBot.Tests.Features.Impact;

namespace BrigadeBot.Tests.Features.Codev;

public sealed class FollowUpInvitationTests
{
    [Fact]
    public async Task The_follow_up_after_an_accompaniment_invites_to_propose_a_problem_or_join_the_next_meeting()
    {
        await using var host = await BrigadeHost.StartAsync();
        await host.ScheduleAsync(await host.ProposeAsync("Comment rendre nos captations vidéo accessibles ?"));
        var survey = new SurveyFlow(host);
        await survey.HeldSessionAsync();

        var followUp = survey.Booking.DirectMessages(BrigadeHost.Member).Last(c => c.AllText.Contains("*Merci*"));
        Assert.Contains(CodevIds.FollowUp, followUp.AllText);
        Assert.Contains(MemberMeetingTexts.FollowUpButton, followUp.AllText);

        await survey.Booking.ClickAsync(BrigadeHost.Member, CodevIds.FollowUp, "codev");
        var reply = host.Slack.CallsTo("(response_url)").Last().Arguments["message"]!.Readable();
        Assert.Contains("proposer", reply);
        Assert.Contains("Comment rendre nos captations vidéo accessibles", reply);
        Assert.Contains(CodevIds.Register, reply);
    }
}
