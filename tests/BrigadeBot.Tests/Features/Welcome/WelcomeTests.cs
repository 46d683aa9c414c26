using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;

namespace BrigadeBot.Tests.Features.Welcome;

public sealed class WelcomeTests
{
    private static JsonObject TeamJoin(string eventId = "Ev0WELCOME1", string userId = "W012A3CDE", bool isBot = false)
    {
        var body = SlackFixtures.Json("event_team_join.json");
        body["event_id"] = eventId;
        body["event"]!["user"]!["id"] = userId;
        body["event"]!["user"]!["is_bot"] = isBot;
        return body;
    }

    [Fact]
    public async Task A_new_member_gets_one_French_DM_even_when_Slack_delivers_three_times()
    {
        await using var host = await BrigadeHost.StartAsync();

        Assert.Equal(HttpStatusCode.OK, (await host.EventAsync(TeamJoin())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.EventAsync(TeamJoin(), retryNum: 1)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.EventAsync(TeamJoin(), retryNum: 2)).StatusCode);
        await host.IdleAsync();

        var open = Assert.Single(host.Slack.CallsTo("conversations.open"));
        Assert.Equal("W012A3CDE", open.Arg("users"));
        var message = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Contains("Bienvenue", message.AllText);
        Assert.Contains("/brigade aide", message.AllText);
        Assert.Contains("<@W012A3CDE>", message.AllText);
    }

    [Fact]
    public async Task A_member_is_welcomed_once_even_through_two_different_events()
    {
        await using var host = await BrigadeHost.StartAsync();

        await host.EventAsync(TeamJoin("Ev0FIRST"));
        await host.EventAsync(TeamJoin("Ev0SECOND"));
        await host.IdleAsync();

        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Bots_are_not_welcomed()
    {
        await using var host = await BrigadeHost.StartAsync();

        await host.EventAsync(TeamJoin(isBot: true));
        await host.IdleAsync();

        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task A_redelivery_after_a_restart_is_not_handled_twice()
    {
        var first = await BrigadeHost.StartAsync();
        await first.EventAsync(TeamJoin("Ev0RESTART", "U0NEWCOMER"));
        await first.IdleAsync();
        await first.DisposeAsync(keepSlack: true);
        // Forget the welcome record: only the persisted event id may stop the redelivery now.
        using (var db = new LiteDB.LiteDatabase($"Filename={first.DatabasePath}"))
            db.GetCollection("welcomed_members").DeleteAll();

        await using var second = await BrigadeHost.StartAsync(slack: first.Slack, clock: first.Clock, dataFolder: first.DataFolder);
        await second.EventAsync(TeamJoin("Ev0RESTART", "U0NEWCOMER"), retryNum: 3);
        await second.IdleAsync();

        Assert.Single(second.Slack.CallsTo("chat.postMessage"));
    }
}
