using System.Collections.Concurrent;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;

namespace Brigade.Slack.Tests.SocketMode;

internal sealed class HelpCommand : ISlashCommandHandler
{
    public Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct) =>
        Task.FromResult<CommandReply?>(CommandReply.Ephemeral($"Help for {command.UserId} ({command.Arguments})"));
}

internal sealed class RefusingSubmission : IViewSubmissionHandler
{
    public const string CallbackId = "modal-callback-id";

    public Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct) =>
        Task.FromResult(ViewSubmissionReply.WithError("date-of-visit", "Pick a later date"));
}

internal sealed class RecordingEventHandler(ReceivedEvents events) : ISlackEventHandler
{
    public Task HandleAsync(EventCallback envelope, CancellationToken ct)
    {
        events.Ids.Enqueue(envelope.EventId);
        return Task.CompletedTask;
    }
}

internal sealed class ReceivedEvents
{
    public ConcurrentQueue<string> Ids { get; } = new();
}
