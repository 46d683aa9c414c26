using Brigade.Slack.Payloads;

namespace Brigade.Slack.Routing;

/// <summary>Handles a modal submission; the reply closes, updates, pushes or shows field errors.</summary>
public interface IViewSubmissionHandler
{
    Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct);
}
