using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BrigadeBot.Storage;

/// <summary>Storage is "ok" when a trivial read through the engine succeeds, "down" otherwise.</summary>
public sealed class StorageHealthCheck(BrigadeDatabase database) : IHealthCheck
{
    public const string Name = "storage";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            database.Read(db => db.GetCollection(SeenEventStore.Collection).FindById("health-probe"));
            return Task.FromResult(HealthCheckResult.Healthy("ok"));
        }
        catch (Exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("down"));
        }
    }
}
