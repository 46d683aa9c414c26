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

    /// <summary>Healthy when every part is; the details name each part (a 503 body says which is down).</summary>
    public (bool Healthy, object Details) Check()
    {
        var storage = StorageHealthy();
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
