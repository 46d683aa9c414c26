using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;

namespace Brigade.Slack.Tests.Support;

public sealed class CancelAction(HandlerLog log) : IBlockActionHandler
{
    public Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        log.Add($"action cancel {action.ActionId}={action.Value}");
        return Task.CompletedTask;
    }
}

public sealed class VoteAction(HandlerLog log) : IBlockActionHandler
{
    public Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        log.Add($"action vote {action.ActionId}={action.Value}");
        return Task.CompletedTask;
    }
}

public sealed class FailingAction : IBlockActionHandler
{
    public Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct) =>
        throw new InvalidOperationException("action handler exploded");
}

public sealed class ErrorsView(HandlerLog log) : IViewSubmissionHandler
{
    public Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        log.Add($"view errors {payload.View.State.Text("comment", "single_action")}");
        return Task.FromResult(ViewSubmissionReply.WithError("date-of-visit", "Cette date est passée."));
    }
}

public sealed class ClosingView(HandlerLog log) : IViewSubmissionHandler
{
    public Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        log.Add($"view close {payload.View.State.Text("time-block", "time-action")}");
        return Task.FromResult(ViewSubmissionReply.Close());
    }
}

public sealed class FailingView : IViewSubmissionHandler
{
    public Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct) =>
        throw new InvalidOperationException("view handler exploded");
}

public sealed class ClosedView(HandlerLog log) : IViewClosedHandler
{
    public Task HandleAsync(ViewClosedPayload payload, CancellationToken ct)
    {
        log.Add($"view closed {payload.View.Id} cleared={payload.IsCleared}");
        return Task.CompletedTask;
    }
}

public sealed class SuggestionOptions(HandlerLog log) : IBlockSuggestionHandler
{
    public Task<OptionsReply> HandleAsync(BlockSuggestionPayload payload, CancellationToken ct)
    {
        log.Add($"options {payload.Value}");
        return Task.FromResult(new OptionsReply([new Option($"{payload.Value} (1)", "one"), new Option("Deux", "two")]));
    }
}

public sealed class RecordingShortcut(HandlerLog log) : IShortcutHandler
{
    public Task HandleAsync(ShortcutPayload payload, CancellationToken ct)
    {
        log.Add($"shortcut {payload.CallbackId}");
        return Task.CompletedTask;
    }
}

public sealed class RecordingEvent(HandlerLog log) : ISlackEventHandler
{
    public Task HandleAsync(EventCallback envelope, CancellationToken ct)
    {
        log.Add($"event {envelope.EventType} {envelope.EventId}");
        return Task.CompletedTask;
    }
}

/// <summary>Runs until the test lets it end: a delivery still being handled when Slack redelivers it.</summary>
public sealed class SlowEvent(HandlerLog log) : ISlackEventHandler
{
    public const string Type = "member_joined_channel";

    public async Task HandleAsync(EventCallback envelope, CancellationToken ct)
    {
        log.SlowEventStarted.TrySetResult();
        await log.SlowEventEnd.Task;
        log.Add($"slow event {envelope.EventId}");
    }
}

/// <summary>Fails the first time, then records.</summary>
public sealed class FailingOnceEvent(HandlerLog log) : ISlackEventHandler
{
    public const string Type = "channel_created";

    public Task HandleAsync(EventCallback envelope, CancellationToken ct)
    {
        if (Interlocked.Increment(ref log.FailingEventRuns) == 1) throw new InvalidOperationException("first run fails");
        log.Add($"event {envelope.EventType} {envelope.EventId}");
        return Task.CompletedTask;
    }
}
