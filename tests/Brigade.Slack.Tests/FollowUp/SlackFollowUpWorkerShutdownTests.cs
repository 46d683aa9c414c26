using Brigade.Slack.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.FollowUp;

/// <summary>
/// Follow-up work cut short by a shutdown is a warning; work that fails on its own, even by a cancellation of its own,
/// is an error. Neither stops the worker.
/// </summary>
public sealed class SlackFollowUpWorkerShutdownTests : IAsyncLifetime
{
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Work_interrupted_by_the_shutdown_is_a_warning_not_an_error()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.FollowUp.Enqueue("long wait", async (_, token) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, token);
        });
        await started.Task;

        await host.StopAppAsync();

        var line = Assert.Single(host.Logs.Lines, l => l.Message == "Follow-up long wait interrupted by shutdown");
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Empty(host.Logs.AtLeast(LogLevel.Error));
        Assert.True(host.FollowUp.WhenIdleAsync().IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Work_cancelled_by_itself_while_running_is_an_error_and_the_worker_goes_on()
    {
        host.FollowUp.Enqueue("own timeout", (_, _) => throw new OperationCanceledException("its own deadline"));
        await host.FollowUp.WhenIdleAsync();
        var ran = false;
        host.FollowUp.Enqueue("next", (_, _) =>
        {
            ran = true;
            return Task.CompletedTask;
        });
        await host.FollowUp.WhenIdleAsync();

        var line = Assert.Single(host.Logs.Lines, l => l.Message == "Follow-up own timeout failed");
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.IsType<OperationCanceledException>(line.Exception);
        Assert.True(ran);
    }
}
