using Brigade.Slack.Payloads;

namespace Brigade.Slack.Routing;

/// <summary>
/// Handles an Events API event after it was acknowledged and de-duplicated: it never runs twice for one event_id.
/// </summary>
public interface ISlackEventHandler
{
    Task HandleAsync(EventCallback envelope, CancellationToken ct);
}
