using Brigade.Slack.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.FollowUp;

/// <summary>Runs follow-up work, a few items at a time, each in a fresh scope; failures are logged, never rethrown.</summary>
public sealed class SlackFollowUpWorker(
    SlackFollowUpQueue queue,
    AcknowledgementsInFlight acknowledgements,
    FollowUpPacing pacing,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<SlackFollowUpWorker> log)
    : BackgroundService
{
    private const int Workers = 4;

    /// <summary>How long an item gives way to acknowledgements at most, counted from when it was queued.</summary>
    public static readonly TimeSpan LongestDeferral = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => RunAsync(stoppingToken)));

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await GiveWayAsync(item, stoppingToken);
                await RunItemAsync(item, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Waits while acknowledgements are being prepared, then until none has begun for <see cref="FollowUpPacing.QuietPeriod"/>;
    /// for <see cref="LongestDeferral"/> after the item was queued at most.
    /// </summary>
    private async Task GiveWayAsync(SlackFollowUpQueue.WorkItem item, CancellationToken stoppingToken)
    {
        while (Left(item) is var left && left > TimeSpan.Zero)
        {
            var clear = acknowledgements.WhenClearAsync();
            if (!clear.IsCompleted)
            {
                try
                {
                    await clear.WaitAsync(left, time, stoppingToken);
                }
                catch (TimeoutException)
                {
                    // The deferral is over: the loop ends.
                }
                continue;
            }
            var begun = acknowledgements.Begun;
            await Task.Delay(pacing.QuietPeriod < left ? pacing.QuietPeriod : left, time, stoppingToken);
            if (acknowledgements.Begun == begun && acknowledgements.WhenClearAsync().IsCompleted) return;
        }
    }

    private TimeSpan Left(SlackFollowUpQueue.WorkItem item) => LongestDeferral - time.GetElapsedTime(item.QueuedAt);

    /// <summary>One item, in the log scope of the request that queued it (its own async method, so the id ends with it).</summary>
    private async Task RunItemAsync(SlackFollowUpQueue.WorkItem item, CancellationToken stoppingToken)
    {
        using var correlation = item.RequestId is { } id ? SlackRequestId.Enter(log, id) : null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await item.Work(scope.ServiceProvider, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            log.LogWarning("Follow-up {Work} interrupted by shutdown", item.Name);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Follow-up {Work} failed", item.Name);
        }
        finally
        {
            queue.MarkDone();
        }
    }
}
