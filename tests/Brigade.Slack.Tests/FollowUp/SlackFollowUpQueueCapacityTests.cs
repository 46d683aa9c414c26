using Brigade.Slack.FollowUp;
using Brigade.Slack.Tests.Support;

namespace Brigade.Slack.Tests.FollowUp;

/// <summary>The queue's bookkeeping, with nothing taking work off it: idle when empty, refusals told and not counted as pending.</summary>
public sealed class SlackFollowUpQueueCapacityTests : IAsyncLifetime
{
    private SlackApiHarness harness = null!; // no host running: nothing takes work off the queue
    private SlackFollowUpQueue Queue => harness.Get<SlackFollowUpQueue>();

    public async Task InitializeAsync() => harness = await SlackApiHarness.StartAsync();
    public async Task DisposeAsync() => await harness.DisposeAsync();

    private static Task Nothing(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;

    [Fact]
    public void A_new_queue_is_idle() => Assert.True(Queue.WhenIdleAsync().IsCompletedSuccessfully);

    [Fact]
    public void Queued_work_keeps_it_busy_until_each_item_is_done()
    {
        Assert.True(Queue.Enqueue("one", Nothing));
        Assert.True(Queue.Enqueue("two", Nothing));
        var idle = Queue.WhenIdleAsync();

        Queue.MarkDone();
        Assert.False(idle.IsCompleted);
        Assert.Same(idle, Queue.WhenIdleAsync());
        Queue.MarkDone();

        Assert.True(idle.IsCompletedSuccessfully);
        Assert.True(Queue.WhenIdleAsync().IsCompletedSuccessfully);
    }

    [Fact]
    public void Work_queued_after_an_idle_spell_makes_it_busy_again()
    {
        Queue.Enqueue("one", Nothing);
        Queue.MarkDone();

        Queue.Enqueue("two", Nothing);

        Assert.False(Queue.WhenIdleAsync().IsCompleted);
    }

    [Fact]
    public void Work_refused_by_a_full_queue_is_told_and_does_not_keep_it_busy()
    {
        for (var i = 0; i < SlackFollowUpQueue.Capacity; i++) Assert.True(Queue.Enqueue("work", Nothing));

        Assert.False(Queue.Enqueue("one too many", Nothing));

        Assert.Contains(harness.Logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Error
            && l.Message == "Follow-up queue full: one too many was dropped");
        var queued = 0;
        while (Queue.Reader.TryRead(out _)) queued++;
        Assert.Equal(SlackFollowUpQueue.Capacity, queued);
        for (var i = 0; i < queued - 1; i++) Queue.MarkDone();
        Assert.False(Queue.WhenIdleAsync().IsCompleted);
        Queue.MarkDone();
        Assert.True(Queue.WhenIdleAsync().IsCompletedSuccessfully);
    }
}
