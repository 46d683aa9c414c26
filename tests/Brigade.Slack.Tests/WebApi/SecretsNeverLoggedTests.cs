using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>Whole scenarios, failures included, logged at Trace: no token and no signing secret in any line.</summary>
public sealed class SecretsNeverLoggedTests
{
    private const string AppToken = "xapp-1-secret-app-token";

    private static void AssertNoSecret(LogCapture logs)
    {
        Assert.NotEmpty(logs.Lines);
        foreach (var secret in new[] { FakeSlackServer.BotToken, SlackTestHost.SigningSecret, AppToken })
            Assert.DoesNotContain(secret, logs.AllText);
    }

    [Fact]
    public async Task Inbound_requests_and_outbound_calls_log_no_secret()
    {
        await using var host = await SlackTestHost.StartAsync(c => c["Slack:AppToken"] = AppToken, LogLevel.Trace);
        var api = host.Services.GetRequiredService<ISlackApi>();

        await host.CommandAsync("réserver");
        await host.CommandAsync(TestRoutes.FailingCommand);
        await host.SendAsync(host.Signer.Signed("/slack/commands", "command=%2Fb&user_id=U1", "application/x-www-form-urlencoded",
            secretOverride: "wrong"));
        await host.EventAsync(SlackFixtures.Json("event_team_join.json"));
        var failingAction = SlackFixtures.Json("block_actions_button.json");
        failingAction["actions"]![0]!["action_id"] = TestRoutes.FailingAction;
        failingAction["response_url"] = host.Slack.ResponseUrl("capability-url-42");
        await host.InteractionAsync(failingAction);
        await host.FollowUp.WhenIdleAsync();
        host.Slack.Enqueue("chat.postMessage", FakeReply.RateLimited(1));
        host.Slack.Enqueue("chat.postMessage", FakeReply.ServerError());
        await host.Time.AdvanceUntilDoneAsync(api.PostMessageAsync("C1", new SlackMessage("x")));
        host.Slack.Enqueue("users.info", FakeReply.Error("user_not_found"));
        await Assert.ThrowsAsync<SlackApiException>(() => api.UserInfoAsync("U404"));
        await Assert.ThrowsAsync<SlackApiException>(() => api.CallAsync("apps.connections.open", new JsonObject(), token: SlackToken.App));

        Assert.Single(host.Slack.CallsTo("(response_url)"));
        AssertNoSecret(host.Logs);
        Assert.DoesNotContain("capability-url-42", host.Logs.AllText);
    }

    [Fact]
    public async Task A_network_failure_logs_no_secret()
    {
        await using var harness = await SlackApiHarness.StartAsync(c => c["Slack:ApiBaseUrl"] = SlackApiHarness.UnreachableApiBaseUrl());

        await Assert.ThrowsAsync<SlackApiException>(() => harness.Time.AdvanceUntilDoneAsync(harness.Api.AuthTestAsync()));

        AssertNoSecret(harness.Logs);
    }

    [Fact]
    public async Task Dry_run_mode_logs_no_secret()
    {
        await using var host = await SlackTestHost.StartAsync(c =>
        {
            c["Slack:BotToken"] = null;
            c["Slack:AppToken"] = AppToken;
        }, LogLevel.Trace);
        var api = host.Services.GetRequiredService<ISlackApi>();

        await host.CommandAsync("réserver");
        await api.PostMessageAsync("C1", new SlackMessage("Bonjour"));
        await api.UploadFileAsync("D1", "a.txt", [1], "A");

        Assert.IsType<DryRunSlackApi>(api);
        AssertNoSecret(host.Logs);
    }
}
