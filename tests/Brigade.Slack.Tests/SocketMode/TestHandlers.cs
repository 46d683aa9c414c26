using System.Collections.Concurrent;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;

namespace Brigade.Slack.Tests.SocketMode;

internal sealed class HelpCommand(Received received) : ISlashCommandHandler
{
    public Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        received.Commands.Enqueue(command.Text);
        return Task.FromResult<CommandReply?>(CommandReply.Ephemeral($"Help for {command.UserId} ({command.Arguments})"));
    }
}

/// <summary>Answers only once the test opens <see cref="Received.SlowGate"/>.</summary>
internal sealed class SlowCommand(Received received) : ISlashCommandHandler
{
    public const string Name = "lent";

    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        received.SlowStarted.TrySetResult();
        await received.SlowGate.Task;
        return CommandReply.Ephemeral("Enfin");
    }
}

internal sealed class RefusingSubmission : IViewSubmissionHandler
{
    public const string CallbackId = "modal-callback-id";

    public Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct) =>
        Task.FromResult(ViewSubmissionReply.WithError("date-of-visit", "Pick a later date"));
}

internal sealed class RecordingEventHandler(Received received) : ISlackEventHandler
{
    public Task HandleAsync(EventCallback envelope, CancellationToken ct)
    {
        received.EventIds.Enqueue(envelope.EventId);
        return Task.CompletedTask;
    }
}

/// <summary>What the test handlers were given.</summary>
internal sealed class Received
{
    public ConcurrentQueue<string> Commands { get; } = new();
    public ConcurrentQueue<string> EventIds { get; } = new();
    public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource SlowGate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
