using Brigade.Slack.Payloads;

namespace Brigade.Slack.Routing;

/// <summary>Handles a global or message shortcut.</summary>
public interface IShortcutHandler
{
    Task HandleAsync(ShortcutPayload payload, CancellationToken ct);
}
