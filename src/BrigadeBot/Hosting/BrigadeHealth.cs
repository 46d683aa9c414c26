using BrigadeBot.Scheduling;
using BrigadeBot.Storage;

namespace BrigadeBot.Hosting;

/// <summary>
/// What <c>GET /health</c> reports: storage answers a read, the scheduler runs. Needs both
/// <c>AddBrigadeStorage</c> and <c>AddBrigadeScheduling</c>.
/// </summary>
public sealed class BrigadeHealth(BrigadeDatabase database, IBrigadeScheduler scheduler)
{
    /// <summary>A trivial read through the engine succeeds.</summary>
    public bool StorageHealthy()
    {
        try
        {
            database.Read(db => db.GetCollection(SeenEventStore.Collection).FindById("health-probe"));
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>The scheduler has started and is not shut down.</summary>
    public bool SchedulerHealthy() => scheduler.IsRunning;

    /// <summary>Healthy when both are; the details name each part (a 503 body says which is down).</summary>
    public (bool Healthy, object Details) Check()
    {
        var storage = StorageHealthy();
        var scheduling = SchedulerHealthy();
        return (storage && scheduling, new { storage = storage ? "ok" : "down", scheduler = scheduling ? "ok" : "down" });
    }
}
