using System.Text.Json;
using Brigade.Slack.Inbound;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.Dispatch;

/// <summary>
/// An event is recorded as handled only when every handler ran to its end and the record itself succeeded; when the
/// de-duplication store fails, the delivery is not left marked as in progress, so Slack's redelivery is handled.
/// </summary>
public sealed class SlackDispatcherEventRecordingTests : IAsyncDisposable
{
    private readonly FlakyDeduplicator deduplicator = new();
    private readonly LogCapture logs = new();
    private readonly ServiceProvider services;

    public SlackDispatcherEventRecordingTests()
    {
        var collection = new ServiceCollection();
        collection.AddLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        collection.AddSingleton<TimeProvider>(new ObservedTimeProvider());
        collection.AddSingleton<HandlerLog>();
        collection.AddSingleton<IEventDeduplicator>(deduplicator);
        collection.AddSlack(new ConfigurationBuilder().Build()).AddTestRoutes().Event<FailingOnceEvent>("team_join");
        services = collection.BuildServiceProvider();
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private HandlerLog Handled => services.GetRequiredService<HandlerLog>();

    private Task<SlackAck> DeliverAsync(string eventId)
    {
        var body = SlackFixtures.Json("event_team_join.json");
        body["event_id"] = eventId;
        using var document = JsonDocument.Parse(body.ToJsonString());
        return services.GetRequiredService<SlackDispatcher>().DispatchEventAsync(document.RootElement.Clone(), CancellationToken.None);
    }

    private int Runs(string eventId) => Handled.Entries.Count(e => e == $"event team_join {eventId}");

    [Fact]
    public async Task An_event_one_of_whose_handlers_failed_is_handled_again_on_redelivery_then_dropped()
    {
        Assert.Equal(SlackAck.Empty, await DeliverAsync("Ev1"));
        Assert.Equal(1, Runs("Ev1"));
        Assert.False(await deduplicator.WasHandledAsync("Ev1", CancellationToken.None));

        await DeliverAsync("Ev1");
        await DeliverAsync("Ev1");

        Assert.Equal(3, Runs("Ev1")); // RecordingEvent twice, FailingOnceEvent once it no longer fails
        Assert.True(await deduplicator.WasHandledAsync("Ev1", CancellationToken.None));
    }

    [Fact]
    public async Task A_delivery_whose_check_failed_leaves_the_event_free_for_the_redelivery()
    {
        deduplicator.FailChecks = 1;

        await Assert.ThrowsAsync<IOException>(() => DeliverAsync("Ev2"));
        await DeliverAsync("Ev2");

        Assert.Equal(1, Runs("Ev2"));
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains("still being handled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_event_that_could_not_be_recorded_is_an_error_and_handled_again_on_redelivery()
    {
        deduplicator.FailMarks = 1;
        services.GetRequiredService<HandlerLog>().FailingEventRuns = 1; // FailingOnceEvent already had its failure

        Assert.Equal(SlackAck.Empty, await DeliverAsync("Ev3"));
        var error = Assert.Single(logs.AtLeast(LogLevel.Error));
        Assert.Equal("Event Ev3 was handled but could not be recorded as such", error.Message);
        Assert.IsType<IOException>(error.Exception);

        await DeliverAsync("Ev3");

        Assert.Equal(4, Runs("Ev3"));
        Assert.True(await deduplicator.WasHandledAsync("Ev3", CancellationToken.None));
    }

    [Fact]
    public async Task Every_later_redelivery_of_a_handled_event_is_known_as_already_handled()
    {
        services.GetRequiredService<HandlerLog>().FailingEventRuns = 1;
        await DeliverAsync("Ev4");

        await DeliverAsync("Ev4");
        await DeliverAsync("Ev4");

        Assert.Equal(2, Runs("Ev4"));
        Assert.Equal(2, logs.Lines.Count(l => l.Message == "Event Ev4 already handled; redelivery ignored"));
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains("still being handled", StringComparison.Ordinal));
    }

    private sealed class FlakyDeduplicator : IEventDeduplicator
    {
        private readonly HashSet<string> handled = [];
        public int FailChecks;
        public int FailMarks;

        public Task<bool> WasHandledAsync(string eventId, CancellationToken ct)
        {
            if (FailChecks-- > 0) throw new IOException("store unavailable");
            lock (handled) return Task.FromResult(handled.Contains(eventId));
        }

        public Task MarkHandledAsync(string eventId, CancellationToken ct)
        {
            if (FailMarks-- > 0) throw new IOException("store unavailable");
            lock (handled) handled.Add(eventId);
            return Task.CompletedTask;
        }
    }
}
