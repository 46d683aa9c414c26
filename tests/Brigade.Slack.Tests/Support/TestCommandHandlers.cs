using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;

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
