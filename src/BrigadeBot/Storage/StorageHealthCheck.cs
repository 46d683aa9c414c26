using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BrigadeBot.Storage;

/// <summary>Storage is "ok" when a trivial read through the engine succeeds, "down" otherwise.</summary>
public sealed class StorageHealthCheck(BrigadeDatabase database) : IHealthCheck
{
    public const string Name = "storage";

    /// <summary>The probe waits for the gate asynchronously, like any read: a busy writer holds no thread here.</summary>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.ReadAsync(db => db.GetCollection(SeenEventStore.Collection).FindById("health-probe"), cancellationToken);
            return HealthCheckResult.Healthy("ok");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("down");
        }
    }
}
