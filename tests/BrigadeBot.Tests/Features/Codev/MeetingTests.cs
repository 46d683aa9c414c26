using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Codev;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Codev;

public sealed class MeetingTests : IAsyncLifetime
{
    private BrigadeHost host = null!;

    public async Task InitializeAsync() => host = await BrigadeHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private MeetingStore Meetings => host.Services.GetRequiredService<MeetingStore>();
    private ProposalStore Proposals => host.Services.GetRequiredService<ProposalStore>();

    [Theory]
    [InlineData("codev")]
    [InlineData("codev liste")]
    public async Task Members_get_their_own_view_never_the_scheduling_form_nor_the_registrants(string text)
    {
        var meeting = await host.ScheduleAsync(await host.ProposeAsync("Comment financer un projet numérique en région ?"));
        await host.RegisterAsync(meeting, "U0REGISTERED");
        await host.IdleAsync();
        var opened = host.Slack.CallsTo("views.open").Count;

        var reply = (await (await host.CommandAsync(text, userId: BrigadeHost.Member)).ReadObjectAsync()).Readable();

        Assert.Contains("Rencontres de codéveloppement", reply);
        Assert.DoesNotContain("U0REGISTERED", reply);
        Assert.DoesNotContain(CodevIds.Close, reply);
        Assert.Equal(opened, host.Slack.CallsTo("views.open").Count);
    }

    [Fact]
    public async Task Codev_without_any_open_proposal_asks_for_the_team_s_topic_instead_of_an_empty_list()
    {
        var reply = await (await host.CommandAsync("codev", userId: BrigadeHost.Animator)).Content.ReadAsStringAsync();

        Assert.Equal("", reply);
        var form = host.Slack.OpenedView().Readable();
        Assert.Contains("Aucune proposition ouverte", form);
        Assert.DoesNotContain(CodevIds.TopicBlock + "\"", form);
        Assert.Contains(CodevIds.TeamTopicBlock, form);
    }

    [Fact]
    public async Task A_topic_chosen_by_the_team_is_scheduled_directly_without_a_vote()
    {
        await host.CommandAsync("codev", userId: BrigadeHost.Animator);
        Dictionary<string, JsonObject> Fields(string topic)
        {
            var fields = CodevMeetings.Form(0);
            fields.Remove(CodevIds.TopicBlock);
            fields[CodevIds.TeamTopicBlock] = CodevSlack.Text(topic);
            return fields;
        }
        Assert.Contains(CodevIds.TeamTopicBlock, await (await host.SubmitAsync(host.Slack.OpenedView(), BrigadeHost.Animator, Fields("court"))).Content.ReadAsStringAsync());
        var topicText = "Comment utiliser l'IA générative dans nos communications ?";
        Assert.Equal("", await (await host.SubmitAsync(host.Slack.OpenedView(), BrigadeHost.Animator, Fields(topicText))).Content.ReadAsStringAsync());
        await host.IdleAsync();

        var meeting = Assert.Single(await Meetings.ScheduledAsync());
        var topic = (await Proposals.FindAsync(meeting.ProposalId))!;
        Assert.Equal((true, ProposalStatus.Selected, BrigadeHost.Animator), (topic.TeamTopic, topic.Status, topic.AuthorId));
        Assert.Empty(await Proposals.OpenRankedAsync());
        var announcement = host.Slack.CallsTo("chat.postMessage").Last(c => c.Arg("channel") == CodevSlack.Channel).AllText;
        Assert.Contains("Comment utiliser l'IA générative", SlackCall.Unescaped(announcement));
        Assert.Contains("choisi par l'équipe", SlackCall.Unescaped(announcement));
        Assert.DoesNotContain(host.Slack.CallsTo("chat.postMessage"), c => c.Arg("channel") == "D0ANIMATOR");
    }

    [Fact]
    public async Task The_form_asks_each_field_by_its_label_and_preselects_the_most_voted_proposal()
    {
        await host.ProposeAsync("Sujet ancien que personne n'appuie encore");
        var popular = await host.ProposeAsync("Sujet populaire appuyé par deux membres");
        await host.ClickAsync(CodevIds.Vote, popular.Id.ToString(), "U0A");
        await host.ClickAsync(CodevIds.Vote, popular.Id.ToString(), "U0B");

        await host.CommandAsync("codev", userId: BrigadeHost.Animator);

        var view = host.Slack.OpenedView();
        var inputs = view["blocks"]!.AsArray().Where(b => b?["type"]?.ToString() == "input").ToDictionary(
            b => b!["label"]!["text"]!.ToString(), b => b!["element"]!);
        Assert.Equal(["Date", "Heure de début", "Lieu", "Durée (minutes)", "Places disponibles", "Sujet", "Ou un sujet choisi par l'équipe"], inputs.Keys);
        Assert.Equal(MeetingTexts.DefaultPlace, inputs["Lieu"]["initial_value"]!.ToString());
        Assert.Equal("90", inputs["Durée (minutes)"]["initial_value"]!.ToString());
        Assert.Equal(popular.Id.ToString(), inputs["Sujet"]["initial_option"]!["value"]!.ToString());
        Assert.Equal(2, inputs["Sujet"]["options"]!.AsArray().Count);
    }

    [Fact]
    public async Task Scheduling_selects_the_topic_tells_the_author_by_DM_first_then_announces_with_the_places_left()
    {
        var proposal = await host.ProposeAsync("Comment présenter mon travail aux diffuseurs ?");

        var meeting = await host.ScheduleAsync(proposal, capacity: 12);

        Assert.Equal(CodevMeetings.StartsAtUtc.UtcDateTime, meeting.StartsAtUtc);
        Assert.Equal(ProposalStatus.Selected, (await Proposals.FindAsync(proposal.Id))!.Status);
        var posts = host.Slack.CallsTo("chat.postMessage").ToList();
        var dm = posts.FindIndex(p => p.Arg("channel") == "D0AUTHOR");
        var announcement = posts.FindLastIndex(p => p.Arg("channel") == CodevSlack.Channel);
        Assert.InRange(dm, 0, announcement - 1);
        Assert.Contains("retenue", posts[dm].AllText);
        var text = posts[announcement].AllText;
        Assert.Contains("mardi 8 décembre à 13 h 30", text);
        Assert.Contains(MeetingTexts.DefaultPlace, text);
        Assert.Contains(FrenchTypography.Apply("Places restantes : 12 sur 12"), text);
        Assert.Contains("Je serai là", text);
        Assert.Contains("Je ne peux plus", text);
        Assert.Contains(proposal.Problem, text);
        Assert.Equal(posts[announcement].Response["ts"]?.ToString(), (await Meetings.FindAsync(meeting.Id))!.MessageTs);

        var toAnimator = host.Slack.CallsTo("(response_url)").Last();
        Assert.Contains("Rencontre planifiée", toAnimator.AllText);
        Assert.Contains("/brigade codev liste", toAnimator.AllText);
        var proposalTs = (await Proposals.FindAsync(proposal.Id))!.MessageTs;
        var proposalUpdate = host.Slack.CallsTo("chat.update").Last(u => u.Arg("ts") == proposalTs);
        Assert.Contains("Retenue", proposalUpdate.AllText);
        Assert.DoesNotContain(CodevIds.Vote, proposalUpdate.AllText);
        var reminderAt = await host.Services.GetRequiredService<IBrigadeScheduler>()
            .NextFireTimeAsync(MeetingReminders.KeyOf(meeting.Id), default);
        Assert.Equal(CodevMeetings.StartsAtUtc.AddDays(-1), reminderAt);
    }

    [Fact]
    public async Task The_form_refuses_a_past_date_and_numbers_out_of_range_and_schedules_nothing()
    {
        var proposal = await host.ProposeAsync("Comment évaluer l'empreinte de notre site Web ?");
        await host.CommandAsync("codev", userId: BrigadeHost.Animator);

        var form = CodevMeetings.Form(proposal.Id, capacity: 0, date: "2026-11-29", duration: "5");
        var reply = await (await host.SubmitAsync(host.Slack.OpenedView(), BrigadeHost.Animator, form)).ReadObjectAsync();

        Assert.Equal("errors", reply["response_action"]?.ToString());
        var errors = reply["errors"]!.AsObject();
        Assert.Equal(new[] { CodevIds.CapacityBlock, CodevIds.DateBlock, CodevIds.DurationBlock }, errors.Select(e => e.Key).Order());
        Assert.Empty(await Meetings.ScheduledAsync());
        Assert.Equal(ProposalStatus.Open, (await Proposals.FindAsync(proposal.Id))!.Status);
    }

    [Fact]
    public async Task A_topic_taken_meanwhile_is_refused_on_its_field()
    {
        var proposal = await host.ProposeAsync("Comment négocier un contrat de diffusion en ligne ?");
        await host.CommandAsync("codev", userId: BrigadeHost.Animator);
        var staleView = host.Slack.OpenedView();
        await host.ScheduleAsync(proposal);

        var reply = await (await host.SubmitAsync(staleView, BrigadeHost.Animator, CodevMeetings.Form(proposal.Id))).ReadObjectAsync();

        Assert.Equal("errors", reply["response_action"]?.ToString());
        Assert.NotNull(reply["errors"]![CodevIds.TopicBlock]);
        Assert.Single(await Meetings.ScheduledAsync());
    }

    [Fact]
    public async Task An_announcement_the_bot_cannot_post_is_reported_to_the_animator_and_the_meeting_is_kept()
    {
        var proposal = await host.ProposeAsync("Comment rendre nos archives trouvables en ligne ?");
        host.Slack.Handle("chat.postMessage", call => call.AllText.Contains(MeetingTexts.AnnouncementHeader)
            ? Brigade.Slack.Testing.FakeReply.Error("not_in_channel")
            : null);

        var meeting = await host.ScheduleAsync(proposal);

        Assert.Null(meeting.MessageTs);
        var toAnimator = host.Slack.CallsTo("(response_url)").Last().AllText;
        Assert.Contains("pas pu publier l'annonce", toAnimator);
        Assert.Contains("not_in_channel", toAnimator);
        Assert.Contains(host.Slack.CallsTo("chat.postMessage"), p => p.Arg("channel") == "D0AUTHOR");
    }
}
