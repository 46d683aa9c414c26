using System.Diagnostics.Metrics;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Diagnostics;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Brigade.Slack.Tests.Diagnostics;

/// <summary>The Slack layer's meter: Web API outcomes, ack times, the follow-up queue, the Socket Mode link.</summary>
public sealed class SlackMetricsTests
{
    private static MetricCollector<T> Collect<T>(IServiceProvider services, string instrument) where T : struct =>
        new((IMeterFactory)services.GetService(typeof(IMeterFactory))!, SlackMetrics.MeterName, instrument);

    private static string Tag<T>(CollectedMeasurement<T> m, string key) where T : struct => m.Tags[key]?.ToString() ?? "";

    [Fact]
    public async Task Web_API_attempts_are_counted_by_method_and_outcome()
    {
        await using var harness = await SlackApiHarness.StartAsync();
        using var calls = Collect<long>(harness.Get<IServiceProvider>(), "brigade.slack.api.calls");
        harness.Slack.Enqueue("chat.postMessage", FakeReply.RateLimited(0));
        harness.Slack.Enqueue("chat.postMessage", FakeReply.ServerError(502));

        await harness.Time.AdvanceUntilDoneAsync(harness.Api.PostMessageAsync("C1", new SlackMessage("Bonjour")));
        harness.Slack.Enqueue("views.publish", FakeReply.Error("invalid_arguments"));
        await Assert.ThrowsAsync<SlackApiException>(() => harness.Api.CallAsync("views.publish", new()));

        Assert.Equal(
            ["chat.postMessage 429", "chat.postMessage retried", "chat.postMessage ok", "views.publish error"],
            calls.GetMeasurementSnapshot().Select(m => $"{Tag(m, "method")} {Tag(m, "outcome")}"));
    }

    [Fact]
    public async Task The_follow_up_queue_reports_its_depth_and_counts_what_it_drops()
    {
        await using var harness = await SlackApiHarness.StartAsync(); // no host running: nothing takes work off the queue
        var services = harness.Get<IServiceProvider>();
        using var depth = Collect<int>(services, "brigade.slack.followup.depth");
        using var dropped = Collect<long>(services, "brigade.slack.followup.dropped");
        var queue = harness.Get<SlackFollowUpQueue>();

        for (var i = 0; i <= SlackFollowUpQueue.Capacity; i++) queue.Enqueue("work", (_, _) => Task.CompletedTask);
        depth.RecordObservableInstruments();

        Assert.Equal(SlackFollowUpQueue.Capacity, depth.LastMeasurement!.Value);
        Assert.Equal(1, Assert.Single(dropped.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public async Task The_ack_time_is_recorded_by_payload_kind()
    {
        await using var host = await SlackTestHost.StartAsync();
        using var acks = Collect<double>(host.Services, "brigade.slack.ack.duration");

        await host.CommandAsync("réserver");
        await host.EventAsync(SlackFixtures.Json("event_team_join.json"));
        await host.InteractionAsync(SlackFixtures.Json("view_closed.json"));

        Assert.Equal(["command", "event", "view_closed"], acks.GetMeasurementSnapshot().Select(m => Tag(m, "kind")));
        Assert.All(acks.GetMeasurementSnapshot(), m => Assert.True(m.Value >= 0));
    }

    [Fact]
    public async Task The_Socket_Mode_link_is_0_while_down_and_absent_over_HTTP()
    {
        await using var socket = await SlackApiHarness.StartAsync(s => s["Slack:AppToken"] = FakeSlackServer.AppToken);
        using var link = Collect<int>(socket.Get<IServiceProvider>(), "brigade.slack.socket.connected");
        await using var http = await SlackApiHarness.StartAsync();
        using var none = Collect<int>(http.Get<IServiceProvider>(), "brigade.slack.socket.connected");
        _ = socket.Get<SlackMetrics>();
        _ = http.Get<SlackMetrics>();

        link.RecordObservableInstruments();
        none.RecordObservableInstruments();

        Assert.Equal(0, link.LastMeasurement!.Value);
        Assert.Empty(none.GetMeasurementSnapshot());
    }
}
