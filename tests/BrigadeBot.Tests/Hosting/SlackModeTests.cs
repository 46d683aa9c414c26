using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Hosting;

public sealed class SlackModeTests
{
    [Fact]
    public async Task Without_secrets_Slack_requests_are_refused_and_calls_run_dry()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Slack:SigningSecret"] = "", ["Slack:BotToken"] = "" });

        var response = await host.CommandAsync("aide");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(host.Logs.Lines, l => l.Message.Contains("Slack is not configured"));
        Assert.Contains(host.Logs.Lines, l => l.Message.Contains("dry run"));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task In_a_dry_run_members_live_in_the_Brigade_time_zone()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Slack:BotToken"] = "", ["Brigade:TimeZone"] = "America/Halifax" });

        var member = await host.Services.GetRequiredService<ISlackApi>().UserInfoAsync(BrigadeHost.Member);

        Assert.Equal("America/Halifax", member.Tz);
    }

    [Fact]
    public async Task Without_a_bot_token_Web_API_calls_are_logged_not_sent()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Slack:BotToken"] = "" });

        var body = SlackFixtures.Json("event_team_join.json");
        await host.EventAsync(body);
        await host.IdleAsync();

        Assert.Empty(host.Slack.Calls);
        Assert.Contains(host.Logs.Lines, l => l.Message.StartsWith("Slack dry run: chat.postMessage"));
    }

    [Fact]
    public async Task Neither_the_bot_token_nor_the_signing_secret_ever_reaches_a_log_line()
    {
        await using var host = await BrigadeHost.StartAsync();
        host.Slack.Enqueue("conversations.open", FakeReply.RateLimited(0));
        host.Slack.Enqueue("chat.postMessage", FakeReply.Error("invalid_auth"));

        await host.CommandAsync("aide");
        await host.CommandAsync("inconnue");
        await host.EventAsync(SlackFixtures.Json("event_team_join.json"));
        await host.Client.SendAsync(host.Signer.Signed("/slack/commands", "text=x", "application/x-www-form-urlencoded",
            secretOverride: "wrong-secret"));
        await host.IdleAsync();

        Assert.Equal(2, host.Slack.CallsTo("conversations.open").Count);
        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.NotEmpty(host.Logs.Lines);
        Assert.DoesNotContain(FakeSlackServer.BotToken, host.Logs.AllText);
        Assert.DoesNotContain(BrigadeHost.SigningSecret, host.Logs.AllText);
    }

    [Fact]
    public async Task Health_reports_storage_and_scheduler()
    {
        await using var host = await BrigadeHost.StartAsync();

        var response = await host.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString();
        Assert.Contains("storage", status, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("scheduler", status, StringComparison.OrdinalIgnoreCase);
    }
}
