using System.Net;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.Dispatch;

/// <summary>What nobody handles is acknowledged quietly: no apology to the person, no handler error, no stray body.</summary>
public sealed class SlackDispatcherUnroutedTests : IAsyncLifetime
{
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_link_button_s_action_gets_no_apology()
    {
        var payload = SlackFixtures.Json("block_actions_button.json");
        payload["actions"]![0]!["action_id"] = "link-button";
        payload["response_url"] = host.Slack.ResponseUrl("link");

        var response = await host.InteractionAsync(payload);
        await host.FollowUp.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Slack.CallsTo("(response_url)"));
        Assert.Empty(host.Logs.AtLeast(LogLevel.Warning));
    }

    [Fact]
    public async Task A_view_submission_nobody_handles_closes_the_modal_with_a_warning()
    {
        var payload = SlackFixtures.Json("view_submission.json");
        payload["view"]!["callback_id"] = "unknown-view";

        var response = await host.InteractionAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var warning = Assert.Single(host.Logs.AtLeast(LogLevel.Warning));
        Assert.Equal("No handler for view unknown-view", warning.Message);
    }

    [Fact]
    public async Task A_command_answering_nothing_gets_an_empty_body()
    {
        var response = await host.CommandAsync(TestRoutes.QueueingCommand);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_text_field_without_a_value_is_an_empty_text()
    {
        var response = await host.SendAsync(host.Signer.Command("command=%2Fbrigade&user_id=U1&channel_id=C1&text"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["command help []"], host.Handled.Entries);
    }

    [Fact]
    public async Task A_refused_request_is_logged_under_the_http_category()
    {
        await host.SendAsync(host.Signer.Signed("/slack/events", "{}", "application/json", secretOverride: "wrong"));

        Assert.Equal("Brigade.Slack.Http", Assert.Single(host.Logs.AtLeast(LogLevel.Warning)).Category);
    }
}
