using BrigadeBot.Features.Codev;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Codev;

public sealed class ClosingTests : IAsyncLifetime
{
    private const string SheetUrl = "https://culturelaurentides.com/brigade/fiches/codev-diffuseurs?v=1&lang=fr";
    private BrigadeHost host = null!;

    public async Task InitializeAsync() => host = await BrigadeHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private MeetingStore Meetings => host.Services.GetRequiredService<MeetingStore>();
    private ProposalStore Proposals => host.Services.GetRequiredService<ProposalStore>();

    private Task CloseAsync(CodevMeeting meeting, string userId = BrigadeHost.Animator) =>
        host.ClickAsync(CodevIds.Close, meeting.Id.ToString(), userId, channelId: "C0GENERAL");

    [Fact]
    public async Task Closing_archives_the_topic_closes_registration_and_publishes_the_sheet_link()
    {
        var proposal = await host.ProposeAsync("Comment présenter mon travail aux diffuseurs ?");
        var meeting = await host.ScheduleAsync(proposal);
        await host.RegisterAsync(meeting, "U0PRESENT");
        await host.IdleAsync();

        await CloseAsync(meeting);
        await host.IdleAsync();

        Assert.Equal(MeetingStatus.Closed, (await Meetings.FindAsync(meeting.Id))!.Status);
        Assert.Equal(ProposalStatus.Archived, (await Proposals.FindAsync(proposal.Id))!.Status);
        var closedTs = (await Meetings.FindAsync(meeting.Id))!.MessageTs;
        var announcement = host.Slack.CallsTo("chat.update").Last(u => u.Arg("ts") == closedTs);
        Assert.Contains("rencontre terminée", announcement.AllText);
        Assert.DoesNotContain(CodevIds.Register, announcement.AllText);
        var sheetForm = host.Slack.OpenedView();
        Assert.Equal(CodevIds.SheetModal, sheetForm["callback_id"]!.ToString());
        Assert.Contains("Lien de la fiche", sheetForm.Readable());

        await host.RegisterAsync(meeting, "U0LATE");
        await host.IdleAsync();
        Assert.Contains("sont fermées", host.Slack.RepliesTo("U0LATE").Single());

        foreach (var bad in new[] { "pas une adresse", "javascript:alert(1)", "https://exemple.org/a|b" })
        {
            var refused = await (await host.SubmitAsync(sheetForm, BrigadeHost.Animator,
                new() { [CodevIds.SheetBlock] = CodevSlack.Url(bad) })).ReadObjectAsync();
            Assert.Equal("errors", refused["response_action"]?.ToString());
        }
        Assert.Null((await Meetings.FindAsync(meeting.Id))!.SheetUrl);

        var withoutTheme = await (await host.SubmitAsync(sheetForm, BrigadeHost.Animator,
            new() { [CodevIds.SheetBlock] = CodevSlack.Url(SheetUrl) })).ReadObjectAsync();
        Assert.NotNull(withoutTheme["errors"]?[CodevIds.SheetThemeBlock]);

        var accepted = await host.SubmitAsync(sheetForm, BrigadeHost.Animator, new()
        {
            [CodevIds.SheetBlock] = CodevSlack.Url(SheetUrl),
            [CodevIds.SheetThemeBlock] = CodevSlack.Select("marketing-numerique"),
            [CodevIds.SheetTitleBlock] = CodevSlack.Text("Diffuser ses œuvres en ligne"),
        });
        await host.IdleAsync();

        Assert.Equal("", await accepted.Content.ReadAsStringAsync());
        Assert.Equal(SheetUrl, (await Meetings.FindAsync(meeting.Id))!.SheetUrl);
        var post = host.Slack.CallsTo("chat.postMessage").Last(c => c.Arg("channel") == CodevSlack.Channel);
        Assert.Contains(SheetUrl.Replace("&", "&amp;"), post.AllText);
        Assert.Contains("publiée", host.Slack.CallsTo("(response_url)").Last().AllText);
        // The sheet joins the catalogue: members find it with /brigade fiche.
        var search = await (await host.CommandAsync("fiche diffuser oeuvres")).Content.ReadAsStringAsync();
        Assert.Contains("Diffuser ses œuvres en ligne", search);
        var list = await (await host.CommandAsync("codev liste", userId: BrigadeHost.Animator)).Content.ReadAsStringAsync();
        Assert.Contains("Aucune rencontre planifiée", list);
    }

    [Fact]
    public async Task Only_animators_can_close_a_meeting()
    {
        var meeting = await host.ScheduleAsync(await host.ProposeAsync("Comment rédiger une demande de subvention numérique ?"));

        await CloseAsync(meeting, userId: BrigadeHost.Member);
        await host.IdleAsync();

        Assert.Equal(MeetingStatus.Scheduled, (await Meetings.FindAsync(meeting.Id))!.Status);
        Assert.Contains("réservée aux personnes animatrices", host.Slack.RepliesTo(BrigadeHost.Member).Single());
    }

    [Fact]
    public async Task A_sheet_not_given_at_closing_can_be_published_later_from_codev_liste()
    {
        var meeting = await host.ScheduleAsync(await host.ProposeAsync("Comment organiser un lancement hybride ?"));
        await CloseAsync(meeting);
        await host.IdleAsync();
        var opened = host.Slack.CallsTo("views.open").Count;

        var reply = await (await host.CommandAsync("codev liste", userId: BrigadeHost.Animator)).ReadObjectAsync();
        var button = reply["blocks"]!.AsArray().Select(b => b?["accessory"]).Single(a => a?["action_id"]?.ToString() == CodevIds.OpenSheet)!;
        await host.ClickAsync(CodevIds.OpenSheet, button["value"]!.ToString(), BrigadeHost.Animator, channelId: "C0GENERAL");

        Assert.Equal(opened + 1, host.Slack.CallsTo("views.open").Count);
        Assert.Equal(CodevIds.SheetModal, host.Slack.OpenedView()["callback_id"]!.ToString());
    }

    [Fact]
    public async Task An_expired_trigger_still_closes_and_says_where_to_publish_the_sheet()
    {
        var meeting = await host.ScheduleAsync(await host.ProposeAsync("Comment mesurer la portée de nos publications ?"));
        host.Slack.Enqueue("views.open", Brigade.Slack.Testing.FakeReply.Error("expired_trigger_id"));

        await CloseAsync(meeting);
        await host.IdleAsync();

        Assert.Equal(MeetingStatus.Closed, (await Meetings.FindAsync(meeting.Id))!.Status);
        Assert.Contains("/brigade codev liste", host.Slack.RepliesTo(BrigadeHost.Animator).Single());
    }
}
