using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Routing;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Brigade.Slack.Tests.Dispatch;

/// <summary>
/// Block actions and options loads whose handler is slow, fails or answers nothing: the ack still leaves in time,
/// the person gets the apology only when a handler failed, and an options load never shows a broken list.
/// </summary>
public sealed class LateInteractionTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = new SlackOptions().AckDeadline;
    private static readonly string Apology = new SlackFailureTexts().Apology;
    private SlackTestHost host = null!;

    private LateGates Gates => host.Services.GetRequiredService<LateGates>();

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private JsonNode Action(string actionId)
    {
        var payload = SlackFixtures.Json("block_actions_button.json");
        payload["actions"]![0]!["action_id"] = actionId;
        payload["response_url"] = host.Slack.ResponseUrl("action-1");
        return payload;
    }

    private static JsonNode Suggestion(string actionId)
    {
        var payload = SlackFixtures.Json("block_suggestion.json");
        payload["action_id"] = actionId;
        return payload;
    }

    /// <summary>Posts the slow action and lets the deadline pass, so that Slack has its ack.</summary>
    private async Task<HttpResponseMessage> AckedSlowActionAsync()
    {
        var response = host.InteractionAsync(Action(TestRoutes.SlowAction));
        await Gates.ActionStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await host.Time.WaitForTimerAsync(Deadline);
        host.Time.Advance(Deadline);
        return await response.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_slow_action_that_fails_after_the_ack_apologises_through_the_response_url()
    {
        var ack = await AckedSlowActionAsync();
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Empty(host.Slack.Calls);

        Gates.ActionDone.SetException(new InvalidOperationException("late action failure"));
        var reply = Assert.Single(await host.Slack.WaitForAsync("(response_url)"));

        Assert.Equal("/hooks/commands/T0TEAM/action-1", reply.Arguments["url"]?.GetValue<string>());
        Assert.Equal(Apology, reply.Arguments["message"]?["text"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_slow_action_that_succeeds_after_the_ack_sends_nothing()
    {
        await AckedSlowActionAsync();

        Gates.ActionDone.SetResult();
        await host.FollowUp.WhenIdleAsync();

        Assert.Empty(host.Slack.Calls);
    }

    [Fact]
    public async Task A_quick_action_that_succeeds_sends_no_apology()
    {
        var response = await host.InteractionAsync(Action(TestRoutes.CancelAction));
        await host.FollowUp.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Slack.Calls);
    }

    [Fact]
    public async Task A_failing_options_handler_gets_an_empty_list()
    {
        var body = await (await host.InteractionAsync(Suggestion(TestRoutes.FailingSuggestion))).ReadObjectAsync();

        Assert.Empty(body["options"]!.AsArray());
    }

    [Fact]
    public async Task An_options_handler_answering_nothing_gets_an_empty_list()
    {
        var body = await (await host.InteractionAsync(Suggestion(TestRoutes.NullSuggestion))).ReadObjectAsync();

        Assert.Empty(body["options"]!.AsArray());
    }

    [Fact]
    public async Task An_options_handler_slower_than_the_deadline_gets_an_empty_list_in_time()
    {
        var response = host.InteractionAsync(Suggestion(TestRoutes.SlowSuggestion));
        await Gates.SuggestionStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await host.Time.WaitForTimerAsync(Deadline);
        host.Time.Advance(Deadline);

        var body = await (await response.WaitAsync(TimeSpan.FromSeconds(10))).ReadObjectAsync();

        Assert.Empty(body["options"]!.AsArray());
    }

    [Fact]
    public async Task An_options_handler_within_the_deadline_gets_its_list()
    {
        var response = host.InteractionAsync(Suggestion(TestRoutes.SlowSuggestion));
        await Gates.SuggestionStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await host.Time.WaitForTimerAsync(Deadline);
        Gates.SuggestionDone.SetResult(new OptionsReply([new Option("Atelier", "a1")]));

        var body = await (await response.WaitAsync(TimeSpan.FromSeconds(10))).ReadObjectAsync();

        Assert.Equal("a1", Assert.Single(body["options"]!.AsArray())!["value"]?.GetValue<string>());
    }
}
