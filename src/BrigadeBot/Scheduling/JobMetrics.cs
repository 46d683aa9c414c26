using System.Diagnostics.Metrics;

namespace BrigadeBot.Scheduling;

/// <summary>Scheduled job runs (meter <see cref="MeterName"/>), by job class and outcome (ok, failed).</summary>
public sealed class JobMetrics
{
    public const string MeterName = "BrigadeBot.Scheduling";

    private readonly Counter<long> runs;

    public JobMetrics(IMeterFactory meters)
    {
        runs = meters.Create(MeterName).CreateCounter<long>("brigade.jobs.runs", "{run}",
            "Scheduled job runs by job class and outcome (ok, failed).");
    }

    /// <summary>The job's class name, never its key: keys carry booking and meeting ids.</summary>
    internal void Ran(Type job, bool failed) =>
        runs.Add(1, new KeyValuePair<string, object?>("job", job.Name), new KeyValuePair<string, object?>("outcome", failed ? "failed" : "ok"));
}
