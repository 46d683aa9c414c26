using Brigade.Slack.Payloads;

namespace Brigade.Slack.Routing;

/// <summary>Handles one sub-command of the slash command. Return <c>null</c> for a silent acknowledgement.</summary>
public interface ISlashCommandHandler
{
    Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct);
}

/// <summary>Handles a block action (button, select…). The acknowledgement is always empty.</summary>
public interface IBlockActionHandler
{
    Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct);
}

/// <summary>Handles a modal submission; the reply closes, updates, pushes or shows field errors.</summary>
public interface IViewSubmissionHandler
{
    Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct);
}

/// <summary>Handles a modal closed with Cancel (only for views with notify_on_close).</summary>
public interface IViewClosedHandler
{
    Task HandleAsync(ViewClosedPayload payload, CancellationToken ct);
}

/// <summary>Loads the options of an external select.</summary>
public interface IBlockSuggestionHandler
{
    Task<OptionsReply> HandleAsync(BlockSuggestionPayload payload, CancellationToken ct);
}

/// <summary>Handles a global or message shortcut.</summary>
public interface IShortcutHandler
{
    Task HandleAsync(ShortcutPayload payload, CancellationToken ct);
}

/// <summary>
/// Handles an Events API event after it was acknowledged and de-duplicated: it never runs twice for one event_id.
/// </summary>
public interface ISlackEventHandler
{
    Task HandleAsync(EventCallback envelope, CancellationToken ct);
}
