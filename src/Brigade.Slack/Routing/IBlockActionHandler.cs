using Brigade.Slack.Payloads;

namespace Brigade.Slack.Routing;

/// <summary>Handles a block action (button, select…). The acknowledgement is always empty.</summary>
public interface IBlockActionHandler
{
    Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct);
}
