using BrigadeBot.Features.Common;
using BrigadeBot.Features.Codev;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Codev;

public sealed class RegistrationTests : IAsyncLifetime
{
    private BrigadeHost host = null!;

    public async Task InitializeAsync() => host = await BrigadeHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private MeetingStore Meetings => host.Services.GetRequiredService<MeetingStore>();

    private async Task<string> LastAnnouncementAsync(CodevMeeting meeting)
    {
        var ts = (await Meetings.FindAsync(meeting.Id))!.MessageTs;
        return host.Slack.CallsTo("chat.update").Last(u => u.Arg("ts") == ts).AllText;
    }

    [Fact]
    public async Task Registration_counts_places_and_a_full_meeting_refuses_more()
    {
        var meeting = await host.ScheduleAsync(await host.ProposeAsync("Comment bâtir un site Web accessible ?"), capacity: 2);

        await host.RegisterAsync(meeting, "U0ONE");
        await host.RegisterAsync(meeting, "U0ONE");
        await host.IdleAsync();
        Assert.Contains(FrenchTypography.Apply("Places restantes : 1 sur 2"), await LastAnnouncementAsync(meeting));
        await host.RegisterAsync(meeting, "U0TWO");
        await host.RegisterAsync(meeting, "U0THREE");
        await host.IdleAsync();

        Assert.Contains("vous êtes inscrit·e", host.Slack.RepliesTo("U0ONE")[0]);
        Assert.Contains("déjà inscrit·e", host.Slack.RepliesTo("U0ONE")[1]);
        Assert.Contains("dernière place", host.Slack.RepliesTo("U0TWO").Single());
        Assert.Contains("complète", host.Slack.RepliesTo("U0THREE").Single());
        Assert.Equal(["U0ONE", "U0TWO"], (await Meetings.FindAsync(meeting.Id))!.RegisteredIds);
        Assert.Contains("Complet", await LastAnnouncementAsync(meeting));

        await host.UnregisterAsync(meeting, "U0ONE");
        await host.RegisterAsync(meeting, "U0THREE");
        await host.UnregisterAsync(meeting, "U0NOBODY");
        await host.IdleAsync();

        Assert.Contains("inscription est annulée", host.Slack.RepliesTo("U0ONE").Last());
        Assert.Contains("n'étiez pas inscrit·e", host.Slack.RepliesTo("U0NOBODY").Single());
        Assert.Equal(["U0TWO", "U0THREE"], (await Meetings.FindAsync(meeting.Id))!.RegisteredIds);
    }

    [Fact]
    public async Task Parallel_clicks_for_the_last_place_give_it_to_exactly_one_member()
    {
        var meeting = await host.ScheduleAsync(await host.ProposeAsync("Comment tenir un budget de projet numérique ?"), capacity: 3);
        await host.RegisterAsync(meeting, "U0FIRST");
        await host.RegisterAsync(meeting, "U0SECOND");
        var rivals = Enumerable.Range(0, 20).Select(i => $"U0RIVAL{i:D2}").ToList();

        await Task.WhenAll(rivals.Select(r => host.RegisterAsync(meeting, r)));
        await host.IdleAsync();

        var registered = (await Meetings.FindAsync(meeting.Id))!.RegisteredIds;
        Assert.Equal(3, registered.Count);
        var winner = Assert.Single(rivals, registered.Contains);
        Assert.Contains("dernière place", host.Slack.RepliesTo(winner).Single());
        Assert.All(rivals.Where(r => r != winner), r => Assert.Contains("complète", host.Slack.RepliesTo(r).Single()));
        Assert.Contains("Complet", await LastAnnouncementAsync(meeting));
    }

    [Fact]
    public async Task Registrants_are_listed_to_animators_with_the_close_button()
    {
        var meeting = await host.ScheduleAsync(await host.ProposeAsync("Comment mieux utiliser nos données de billetterie ?"));
        await host.RegisterAsync(meeting, "U0PRESENT");
        await host.IdleAsync();

        var reply = await (await host.CommandAsync("codev liste", userId: BrigadeHost.Animator)).ReadObjectAsync();

        var text = reply.Readable();
        Assert.Contains("<@U0PRESENT>", text);
        Assert.Contains("(1 sur 12)", text);
        var button = reply["blocks"]!.AsArray().Select(b => b?["accessory"]).Single(a => a?["action_id"]?.ToString() == CodevIds.Close)!;
        Assert.Equal(meeting.Id.ToString(), button["value"]!.ToString());
        Assert.NotNull(button["confirm"]);
        Assert.DoesNotContain("U0PRESENT", await LastAnnouncementOrPostAsync(meeting));
    }

    private async Task<string> LastAnnouncementOrPostAsync(CodevMeeting meeting)
    {
        var ts = (await Meetings.FindAsync(meeting.Id))!.MessageTs;
        return string.Join('\n', host.Slack.Calls.Where(c => c.Arg("ts") == ts || c.Response["ts"]?.ToString() == ts).Select(c => c.AllText));
    }
}
