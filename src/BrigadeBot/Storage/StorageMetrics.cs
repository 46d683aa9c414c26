using System.Diagnostics.Metrics;

namespace BrigadeBot.Storage;

/// <summary>The writer's measurements (meter <see cref="MeterName"/>): how long each change takes, committed or failed.</summary>
public sealed class StorageMetrics
{
    public const string MeterName = "BrigadeBot.Storage";

    private readonly Histogram<double> writeDuration;

    public StorageMetrics(IMeterFactory meters)
    {
        writeDuration = meters.Create(MeterName).CreateHistogram("brigade.storage.write.duration", "s",
            "Time the writer spends on one change (its transaction and commit), by outcome (committed, failed).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1] });
    }

    internal void Written(TimeSpan elapsed, bool committed) =>
        writeDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", committed ? "committed" : "failed"));
}
