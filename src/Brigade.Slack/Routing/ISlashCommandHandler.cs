using Brigade.Slack.Payloads;

namespace Brigade.Slack.Routing;

/// <summary>Handles one sub-command of the slash command. Return <c>null</c> for a silent acknowledgement.</summary>
public interface ISlashCommandHandler
{
    Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct);
}
