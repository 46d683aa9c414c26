using System.Diagnostics.Metrics;
using Brigade.Slack.Diagnostics;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;

namespace Brigade.Slack.Tests.Diagnostics;

/// <summary>What an exporter sees of the Slack meter: each instrument's name, unit and description, and the ack buckets.</summary>
public sealed class SlackMetricsInstrumentTests
{
    [Fact]
    public async Task Every_instrument_is_published_with_its_unit_and_description()
    {
        await using var harness = await SlackApiHarness.StartAsync(s => s["Slack:AppToken"] = FakeSlackServer.AppToken);
        var factory = harness.Get<IMeterFactory>();
        _ = harness.Get<SlackMetrics>();
        _ = harness.Get<SlackFollowUpQueue>();
        var published = new List<Instrument>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Scope == factory && instrument.Meter.Name == SlackMetrics.MeterName)
                    lock (published) published.Add(instrument);
            },
        };
        listener.Start();

        Assert.Equal(
        [
            "brigade.slack.ack.duration s Time from a verified Slack request to its acknowledgement, by payload kind.",
            "brigade.slack.api.calls {attempt} Web API attempts by method and outcome (ok, error, 429, retried).",
            "brigade.slack.followup.depth {item} Follow-up work queued or running.",
            "brigade.slack.followup.dropped {item} Work refused by the follow-up queue because it was full.",
            "brigade.slack.socket.connected {link} 1 while a Socket Mode connection is open, 0 while none is; absent over HTTP.",
        ], published.Select(i => $"{i.Name} {i.Unit} {i.Description}").Order(StringComparer.Ordinal));
        var ack = Assert.IsType<Histogram<double>>(published.Single(i => i.Name == "brigade.slack.ack.duration"));
        Assert.Equal([0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 2.5, 3, 5], ack.Advice?.HistogramBucketBoundaries);
    }
}
