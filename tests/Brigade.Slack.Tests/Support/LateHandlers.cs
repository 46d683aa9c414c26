using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;

namespace Brigade.Slack.Tests.Support;

/// <summary>The gates the late test handlers wait on: a test opens one with a result or an exception.</summary>
public sealed class LateGates
{
    public TaskCompletionSource ActionStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource ActionDone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource SuggestionStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource<OptionsReply> SuggestionDone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets every handler still waiting end, so that a host can stop.</summary>
    public void Release()
    {
        ActionDone.TrySetResult();
        SuggestionDone.TrySetResult(OptionsReply.None);
    }
}

public sealed class SlowAction(LateGates gates) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        gates.ActionStarted.TrySetResult();
        await gates.ActionDone.Task;
    }
}

public sealed class SlowSuggestion(LateGates gates) : IBlockSuggestionHandler
{
    public async Task<OptionsReply> HandleAsync(BlockSuggestionPayload payload, CancellationToken ct)
    {
        gates.SuggestionStarted.TrySetResult();
        return await gates.SuggestionDone.Task;
    }
}

public sealed class FailingSuggestion : IBlockSuggestionHandler
{
    public Task<OptionsReply> HandleAsync(BlockSuggestionPayload payload, CancellationToken ct) =>
        throw new InvalidOperationException("options handler exploded");
}

/// <summary>A handler that breaks its contract by answering no reply at all.</summary>
public sealed class NullSuggestion : IBlockSuggestionHandler
{
    public Task<OptionsReply> HandleAsync(BlockSuggestionPayload payload, CancellationToken ct) =>
        Task.FromResult<OptionsReply>(null!);
}

/// <summary>A view handler that breaks its contract by answering no reply at all.</summary>
public sealed class NullView : IViewSubmissionHandler
{
    public Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct) =>
        Task.FromResult<ViewSubmissionReply>(null!);
}
