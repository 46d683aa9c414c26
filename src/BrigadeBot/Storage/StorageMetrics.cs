using System.Diagnostics.Metrics;

namespace BrigadeBot.Storage;

/// <summary>
/// The writer's measurements (meter <see cref="MeterName"/>): how long each change takes, committed or failed, and how
/// many writes each batch took together.
/// </summary>
public sealed class StorageMetrics
{
    public const string MeterName = "BrigadeBot.Storage";

    private readonly Histogram<double> writeDuration;
    private readonly Histogram<int> batchWrites;

    public StorageMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        writeDuration = meter.CreateHistogram("brigade.storage.write.duration", "s",
            "Time the writer spends on one change (its run and its share of the batch's commit), by outcome (committed, failed).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1] });
        batchWrites = meter.CreateHistogram<int>("brigade.storage.batch.writes", null,
            "Writes the writer took together: one commit and one checkpoint for all of them.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8] });
    }

    internal void Batched(int writes) => batchWrites.Record(writes);

    internal void Written(TimeSpan elapsed, bool committed) =>
        writeDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", committed ? "committed" : "failed"));
}
