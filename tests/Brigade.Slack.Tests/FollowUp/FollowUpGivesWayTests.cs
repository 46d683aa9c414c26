using Brigade.Slack.FollowUp;
using Brigade.Slack.Routing;
using Brigade.Slack.Tests.Support;

namespace Brigade.Slack.Tests.FollowUp;

/// <summary>
/// Follow-up work waits while an acknowledgement is being prepared (Slack drops one after three seconds; a message a
/// moment later loses nothing), but never longer than <see cref="SlackFollowUpWorker.LongestDeferral"/>.
/// </summary>
public sealed class FollowUpGivesWayTests : IAsyncLifetime
{
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task With_no_acknowledgement_in_flight_work_runs_at_once()
    {
        await host.EnqueueMarker().Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Work_waits_for_the_acknowledgement_being_prepared_and_runs_once_it_is_sent()
    {
        var response = await host.StartSlowCommandAsync();
        var ran = host.EnqueueMarker();
        await host.Time.WaitForTimerAsync(SlackFollowUpWorker.LongestDeferral);
        Assert.False(ran.Task.IsCompleted);

        host.Handled.SlowReply.SetResult(CommandReply.Ephemeral("Fini."));
        await response.WaitAsync(TimeSpan.FromSeconds(10));

        await ran.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Work_waits_no_longer_than_the_longest_deferral()
    {
        var response = await host.StartSlowCommandAsync();
        var ran = host.EnqueueMarker();
        await host.Time.WaitForTimerAsync(SlackFollowUpWorker.LongestDeferral);

        host.Time.Advance(SlackFollowUpWorker.LongestDeferral - TimeSpan.FromMilliseconds(1));
        Assert.False(ran.Task.IsCompleted);
        host.Time.Advance(TimeSpan.FromMilliseconds(1));

        await ran.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(response.IsCompleted);
    }

    /// <summary>Takes every worker with an item that waits for <paramref name="release"/>.</summary>
    private void OccupyEveryWorker(Task release)
    {
        for (var i = 0; i < 4; i++) host.FollowUp.Enqueue($"busy {i}", (_, _) => release);
    }

    [Fact]
    public async Task The_deferral_counts_from_when_the_work_was_queued_not_from_when_a_worker_took_it()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        OccupyEveryWorker(release.Task);
        var response = await host.StartSlowCommandAsync();
        var ran = host.EnqueueMarker();

        host.Time.Advance(TimeSpan.FromMilliseconds(600));
        release.SetResult();
        await host.Time.WaitForTimerAsync(TimeSpan.FromMilliseconds(400));
        Assert.False(ran.Task.IsCompleted);
        host.Time.Advance(TimeSpan.FromMilliseconds(400));

        await ran.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(response.IsCompleted);
    }

    [Fact]
    public async Task Work_that_already_waited_its_deferral_in_the_queue_runs_at_once()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        OccupyEveryWorker(release.Task);
        var response = await host.StartSlowCommandAsync();
        var ran = host.EnqueueMarker();

        host.Time.Advance(SlackFollowUpWorker.LongestDeferral * 2); // past it, not only at it
        release.SetResult();

        await ran.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(response.IsCompleted);
    }
}
