using BrigadeBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace BrigadeBot.Tests.Support;

/// <summary>The writer's meters for a database under test, and what they recorded: each write's outcome, each batch's size.</summary>
internal sealed class StorageMeters : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MetricCollector<double> writes;
    private readonly MetricCollector<int> batches;

    public StorageMeters()
    {
        var meters = services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        Metrics = new StorageMetrics(meters);
        writes = new MetricCollector<double>(meters, StorageMetrics.MeterName, "brigade.storage.write.duration");
        batches = new MetricCollector<int>(meters, StorageMetrics.MeterName, "brigade.storage.batch.writes");
    }

    /// <summary>What to give the database.</summary>
    public StorageMetrics Metrics { get; }

    public IEnumerable<string?> WriteOutcomes => writes.GetMeasurementSnapshot().Select(m => m.Tags["outcome"]?.ToString());

    public IEnumerable<int> BatchSizes => batches.GetMeasurementSnapshot().Select(m => m.Value);

    public void Dispose()
    {
        writes.Dispose();
        batches.Dispose();
        services.Dispose();
    }
}
