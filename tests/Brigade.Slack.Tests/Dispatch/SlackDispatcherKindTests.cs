using System.Diagnostics.Metrics;
using System.Net;
using Brigade.Slack.Diagnostics;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.Dispatch;

/// <summary>
/// Each interactivity kind reaches its own path and is measured under its own name (anything else under "other");
/// an event is correlated by its event_id only when that id is a plausible one.
/// </summary>
public sealed class SlackDispatcherKindTests : IAsyncLifetime
{
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Every_interaction_kind_is_measured_under_its_own_name()
    {
        using var acks = new MetricCollector<double>((IMeterFactory)host.Services.GetService(typeof(IMeterFactory))!,
            SlackMetrics.MeterName, "brigade.slack.ack.duration");
        var messageAction = SlackFixtures.Json("shortcut_global.json");
        messageAction["type"] = "message_action";
        var other = SlackFixtures.Json("shortcut_global.json");
        other["type"] = "interactive_message";

        await host.InteractionAsync(SlackFixtures.Json("block_actions_button.json"));
        await host.InteractionAsync(SlackFixtures.Json("view_submission.json"));
        await host.InteractionAsync(SlackFixtures.Json("view_closed.json"));
        await host.InteractionAsync(SlackFixtures.Json("block_suggestion.json"));
        await host.InteractionAsync(SlackFixtures.Json("shortcut_global.json"));
        await host.InteractionAsync(messageAction);
        await host.InteractionAsync(other);

        Assert.Equal(
            ["block_actions", "view_submission", "view_closed", "block_suggestion", "shortcut", "message_action", "other"],
            acks.GetMeasurementSnapshot().Select(m => m.Tags["kind"]?.ToString()));
    }

    [Fact]
    public async Task A_message_shortcut_runs_the_shortcut_handler_of_its_callback_id()
    {
        var payload = SlackFixtures.Json("shortcut_global.json");
        payload["type"] = "message_action";

        var response = await host.InteractionAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"shortcut {TestRoutes.Shortcut}", await host.Handled.WaitForAsync("shortcut"));
    }

    [Fact]
    public async Task A_view_closed_nobody_handles_is_acknowledged_and_queues_nothing()
    {
        var payload = SlackFixtures.Json("view_closed.json");
        payload["view"]!["callback_id"] = "unknown-view";

        var response = await host.InteractionAsync(payload);
        await host.FollowUp.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Handled.Entries);
        Assert.Empty(host.Logs.AtLeast(LogLevel.Warning));
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public async Task An_event_id_up_to_64_letters_and_digits_is_the_correlation_id(int length, bool used)
    {
        var id = "Ev" + new string('7', length - 2);
        var body = SlackFixtures.Json("event_team_join.json");
        body["event_id"] = id;

        await host.EventAsync(body);

        var correlation = CorrelationOf("Slack event request");
        if (used) Assert.Equal(id, correlation);
        else Assert.Matches("^[0-9a-f]{16}$", correlation);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Ev1\nforged")]
    [InlineData("Ev1 2")]
    [InlineData("Év1")]
    public async Task An_event_id_with_anything_but_ascii_letters_and_digits_is_not_the_correlation_id(string id)
    {
        var body = SlackFixtures.Json("event_team_join.json");
        body["event_id"] = id;

        await host.EventAsync(body);

        Assert.Matches("^[0-9a-f]{16}$", CorrelationOf("Slack event request"));
    }

    [Fact]
    public async Task A_failing_view_submission_s_apology_modal_closes_with_OK()
    {
        var payload = SlackFixtures.Json("view_submission.json");
        payload["view"]!["callback_id"] = TestRoutes.FailingView;

        var body = await (await host.InteractionAsync(payload)).ReadObjectAsync();

        Assert.Equal("OK", body["view"]?["close"]?["text"]?.GetValue<string>());
    }

    private string? CorrelationOf(string message) =>
        Assert.Single(host.Logs.Lines, l => l.Message == message).Scope(SlackRequestId.LogKey);
}
