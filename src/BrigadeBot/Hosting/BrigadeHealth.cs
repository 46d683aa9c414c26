using Brigade.Slack.SocketMode;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;

namespace BrigadeBot.Hosting;

/// <summary>
/// What <c>GET /health</c> reports: storage answers a read, the scheduler runs, and in Socket Mode the link to
/// Slack is up (or down for less than its grace period). Needs both <c>AddBrigadeStorage</c> and
/// <c>AddBrigadeScheduling</c>; the Slack link is reported when the Slack layer is registered.
/// </summary>
public sealed class BrigadeHealth(BrigadeDatabase database, IBrigadeScheduler scheduler, IEnumerable<ISlackConnectionState> slackLinks)
{
    /// <summary>A trivial read through the engine succeeds (waiting for the gate asynchronously, like any read).</summary>
    public async Task<bool> StorageHealthyAsync(CancellationToken ct)
    {
        try
        {
            await database.ReadAsync(db => db.GetCollection(SeenEventStore.Collection).FindById("health-probe"), ct);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>The scheduler has started and is not shut down.</summary>
    public bool SchedulerHealthy() => scheduler.IsRunning;

    /// <summary>Healthy when every part is; the details name each part (a 503 body says which is down).</summary>
    public async Task<(bool Healthy, object Details)> CheckAsync(CancellationToken ct)
    {
        var storage = await StorageHealthyAsync(ct);
        var scheduling = SchedulerHealthy();
        var details = new Dictionary<string, string> { ["storage"] = storage ? "ok" : "down", ["scheduler"] = scheduling ? "ok" : "down" };
        var healthy = storage && scheduling;
        foreach (var link in slackLinks.Where(l => l.IsEnabled))
        {
            details["slack"] = link.Status;
            healthy &= link.IsHealthy;
        }
        return (healthy, details);
    }
}
