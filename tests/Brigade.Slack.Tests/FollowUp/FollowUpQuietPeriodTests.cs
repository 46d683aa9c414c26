using System.Net;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Routing;
using Brigade.Slack.Tests.Support;

namespace Brigade.Slack.Tests.FollowUp;

/// <summary>
/// Between two requests of a burst no acknowledgement is in flight for a moment: follow-up work waits until none has
/// begun for <see cref="FollowUpPacing.QuietPeriod"/>, and still no longer than <see cref="SlackFollowUpWorker.LongestDeferral"/>.
/// </summary>
public sealed class FollowUpQuietPeriodTests : IAsyncLifetime
{
    private static readonly TimeSpan Quiet = new FollowUpPacing().QuietPeriod;
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync(pacing: new FollowUpPacing());
    public async Task DisposeAsync() => await host.DisposeAsync();

    /// <summary>A slow command in flight, the marker queued behind it, then the command answered.</summary>
    private async Task<TaskCompletionSource> MarkerQueuedBehindAnAcknowledgementAsync()
    {
        var response = await host.StartSlowCommandAsync();
        var ran = host.EnqueueMarker();
        host.Handled.SlowReply.SetResult(CommandReply.Ephemeral("Fini."));
        await response.WaitAsync(TimeSpan.FromSeconds(10));
        return ran;
    }

    [Fact]
    public async Task Once_the_acknowledgement_is_sent_work_waits_the_quiet_period_then_runs()
    {
        var ran = await MarkerQueuedBehindAnAcknowledgementAsync();

        await host.Time.WaitForTimerAsync(Quiet);
        host.Time.Advance(Quiet - TimeSpan.FromMilliseconds(1));
        Assert.False(ran.Task.IsCompleted);
        host.Time.Advance(TimeSpan.FromMilliseconds(1));

        await ran.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_acknowledgement_begun_during_the_quiet_period_makes_work_wait_another()
    {
        var ran = await MarkerQueuedBehindAnAcknowledgementAsync();
        await host.Time.WaitForTimerAsync(Quiet);

        var next = await host.CommandAsync("réserver");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        host.Time.Advance(Quiet);

        await host.Time.WaitForTimerAsync(Quiet);
        Assert.False(ran.Task.IsCompleted);
        host.Time.Advance(Quiet);

        await ran.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_quiet_period_ends_at_the_longest_deferral()
    {
        var response = await host.StartSlowCommandAsync();
        var ran = host.EnqueueMarker();
        await host.Time.WaitForTimerAsync(SlackFollowUpWorker.LongestDeferral);
        var left = Quiet / 2;
        host.Time.Advance(SlackFollowUpWorker.LongestDeferral - left);
        host.Handled.SlowReply.SetResult(CommandReply.Ephemeral("Fini."));
        await response.WaitAsync(TimeSpan.FromSeconds(10));

        await host.Time.WaitForTimerAsync(left);
        Assert.False(ran.Task.IsCompleted);
        host.Time.Advance(left);

        await ran.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
