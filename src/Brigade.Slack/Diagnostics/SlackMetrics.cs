using System.Diagnostics.Metrics;
using Brigade.Slack.SocketMode;

namespace Brigade.Slack.Diagnostics;

/// <summary>
/// The Slack layer's measurements, as a .NET <see cref="Meter"/> named <see cref="MeterName"/>: any exporter the app
/// chooses can listen, and without a listener recording costs nothing. Labels are bounded and hold no personal data:
/// payload kinds, Web API method names, outcomes; never a user, channel or text.
/// </summary>
public sealed class SlackMetrics
{
    public const string MeterName = "Brigade.Slack";

    /// <summary>The <c>outcome</c> of a Web API attempt: the call succeeded.</summary>
    public const string Ok = "ok";
    /// <summary>The call failed for good (ok:false, a 4xx, or retries exhausted).</summary>
    public const string Error = "error";
    /// <summary>Slack answered 429; the method pauses for Retry-After and the call is tried again.</summary>
    public const string RateLimited = "429";
    /// <summary>A 5xx, a timeout or a network failure; the call is tried again after a backoff.</summary>
    public const string Retried = "retried";

    private readonly Meter meter;
    private readonly Histogram<double> ackDuration;
    private readonly Counter<long> apiCalls;
    private readonly Counter<long> followUpsDropped;

    public SlackMetrics(IMeterFactory meters, ISlackConnectionState connection)
    {
        meter = meters.Create(MeterName);
        // Slack waits 3 s for an ack: the buckets are finest below that.
        ackDuration = meter.CreateHistogram("brigade.slack.ack.duration", "s",
            "Time from a verified Slack request to its acknowledgement, by payload kind.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 2.5, 3, 5] });
        apiCalls = meter.CreateCounter<long>("brigade.slack.api.calls", "{attempt}",
            "Web API attempts by method and outcome (ok, error, 429, retried).");
        followUpsDropped = meter.CreateCounter<long>("brigade.slack.followup.dropped", "{item}",
            "Work refused by the follow-up queue because it was full.");
        meter.CreateObservableGauge("brigade.slack.socket.connected", () => SocketLink(connection), "{link}",
            "1 while a Socket Mode connection is open, 0 while none is; absent over HTTP.");
    }

    internal void Acknowledged(string kind, TimeSpan elapsed) =>
        ackDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("kind", kind));

    internal void ApiAttempt(string method, string outcome) =>
        apiCalls.Add(1, new KeyValuePair<string, object?>("method", method), new KeyValuePair<string, object?>("outcome", outcome));

    internal void FollowUpDropped() => followUpsDropped.Add(1);

    internal void ObserveFollowUpDepth(Func<int> depth) =>
        meter.CreateObservableGauge("brigade.slack.followup.depth", depth, "{item}", "Follow-up work queued or running.");

    private static IEnumerable<Measurement<int>> SocketLink(ISlackConnectionState connection) =>
        connection.IsEnabled ? [new Measurement<int>(connection.OpenConnections > 0 ? 1 : 0)] : [];
}
