using Brigade.Slack.Payloads;

namespace Brigade.Slack.Routing;

/// <summary>Handles a modal closed with Cancel (only for views with notify_on_close).</summary>
public interface IViewClosedHandler
{
    Task HandleAsync(ViewClosedPayload payload, CancellationToken ct);
}
