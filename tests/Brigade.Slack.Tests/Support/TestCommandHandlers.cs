using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.Support;

public sealed class ReserverCommand(HandlerLog log) : ISlashCommandHandler
{
    public Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        log.Add($"command reserver [{command.Arguments}]");
        return Task.FromResult<CommandReply?>(CommandReply.Ephemeral($"reserver [{command.Arguments}]"));
    }
}

public sealed class HelpCommand(HandlerLog log) : ISlashCommandHandler
{
    public Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        log.Add($"command help [{command.SubCommand}]");
        return Task.FromResult<CommandReply?>(CommandReply.Ephemeral($"aide [{command.SubCommand}]"));
    }
}

public sealed class SlowCommand(HandlerLog log) : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        log.SlowStarted.TrySetResult();
        return await log.SlowReply.Task;
    }
}

public sealed class FailingCommand : ISlashCommandHandler
{
    public Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct) =>
        throw new InvalidOperationException("command handler exploded");
}

/// <summary>Logs a line, and queues work that logs another after the ack.</summary>
public sealed class QueueingCommand(SlackFollowUpQueue followUp, ILogger<QueueingCommand> log) : ISlashCommandHandler
{
    public Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        log.LogInformation("Command suivi handled");
        followUp.Enqueue("suivi", (_, _) =>
        {
            log.LogInformation("Follow-up of suivi ran");
            return Task.CompletedTask;
        });
        return Task.FromResult<CommandReply?>(null);
    }
}
