using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.Dispatch;

/// <summary>A handler that throws: the person gets the apology, the exception is logged, Slack gets a 200.</summary>
public sealed class FailingHandlerTests : IAsyncLifetime
{
    private static readonly string Apology = new SlackFailureTexts().Apology;
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private void AssertLogged(string what, string exceptionMessage) =>
        Assert.Contains(host.Logs.AtLeast(LogLevel.Error), l =>
            l.Message.Contains(what, StringComparison.Ordinal) && l.Exception?.Message == exceptionMessage);

    [Fact]
    public async Task A_failing_command_answers_the_apology_as_an_ephemeral_message()
    {
        var response = await host.CommandAsync(TestRoutes.FailingCommand);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadObjectAsync();
        Assert.Equal("ephemeral", body["response_type"]?.GetValue<string>());
        Assert.Equal(Apology, body["text"]?.GetValue<string>());
        Assert.DoesNotContain("exploded", await response.Content.ReadAsStringAsync());
        AssertLogged("command /brigade panne", "command handler exploded");
    }

    [Fact]
    public async Task A_failing_view_submission_replaces_the_modal_with_an_apology()
    {
        var payload = SlackFixtures.Json("view_submission.json");
        payload["view"]!["callback_id"] = TestRoutes.FailingView;

        var response = await host.InteractionAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadObjectAsync();
        Assert.Equal("update", body["response_action"]?.GetValue<string>());
        var view = body["view"]!;
        Assert.Equal("modal", view["type"]?.GetValue<string>());
        Assert.Equal(new SlackFailureTexts().ApologyTitle, view["title"]?["text"]?.GetValue<string>());
        Assert.Equal(Apology, view["blocks"]?[0]?["text"]?["text"]?.GetValue<string>());
        AssertLogged("view fail-view", "view handler exploded");
    }

    [Fact]
    public async Task A_failing_block_action_acknowledges_then_apologises_through_the_response_url()
    {
        var payload = SlackFixtures.Json("block_actions_button.json");
        payload["actions"]![0]!["action_id"] = TestRoutes.FailingAction;
        payload["response_url"] = host.Slack.ResponseUrl("action-1");

        var response = await host.InteractionAsync(payload);
        await host.FollowUp.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(host.Slack.CallsTo("(response_url)"));
        Assert.Equal(Apology, reply.Arguments["message"]?["text"]?.GetValue<string>());
        Assert.Equal("ephemeral", reply.Arguments["message"]?["response_type"]?.GetValue<string>());
        AssertLogged("action boom", "action handler exploded");
    }

    [Fact]
    public async Task The_app_chooses_the_words_of_the_apology()
    {
        await using var french = await SlackTestHost.StartAsync(configureFailureTexts: t => t.Apology = "Oups, réessaie.");

        var body = await (await french.CommandAsync(TestRoutes.FailingCommand)).ReadObjectAsync();

        Assert.Equal("Oups, réessaie.", body["text"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("Un titre bien trop long pour Slack", "Désolé")]
    [InlineData("Oups", "")]
    public async Task Apology_texts_slack_would_refuse_stop_the_start(string title, string apology)
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            SlackTestHost.StartAsync(configureFailureTexts: t => (t.ApologyTitle, t.Apology) = (title, apology)));

        Assert.Contains("24 characters", error.Message);
    }
}
