using Brigade.Slack.FollowUp;

namespace Brigade.Slack.Tests.FollowUp;

/// <summary>The count follow-up work gives way to: clear only once the last acknowledgement being prepared is sent.</summary>
public sealed class AcknowledgementsInFlightTests
{
    private readonly AcknowledgementsInFlight acknowledgements = new();

    [Fact]
    public void With_none_in_flight_it_is_clear_at_once()
    {
        Assert.True(acknowledgements.WhenClearAsync().IsCompletedSuccessfully);
    }

    [Fact]
    public async Task It_is_clear_only_when_the_last_one_ends()
    {
        var first = acknowledgements.Enter();
        var second = acknowledgements.Enter();
        var clear = acknowledgements.WhenClearAsync();

        first.Dispose();
        Assert.False(clear.IsCompleted);
        second.Dispose();

        await clear.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_wait_begun_after_a_clear_waits_for_the_next_one()
    {
        using (acknowledgements.Enter()) { }
        var next = acknowledgements.Enter();
        var clear = acknowledgements.WhenClearAsync();

        Assert.False(clear.IsCompleted);
        next.Dispose();
        await clear.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(acknowledgements.WhenClearAsync().IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Many_threads_entering_and_leaving_always_end_clear()
    {
        var waits = new List<Task>();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                using var scope = acknowledgements.Enter();
                if (i % 100 == 0) lock (waits) waits.Add(acknowledgements.WhenClearAsync());
            }
        })));

        await Task.WhenAll(waits).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(acknowledgements.WhenClearAsync().IsCompletedSuccessfully);
    }

    [Fact]
    public void Every_acknowledgement_begun_is_counted_even_once_it_has_ended()
    {
        var before = acknowledgements.Begun;
        acknowledgements.Enter().Dispose();
        using (acknowledgements.Enter())
        {
            Assert.Equal(before + 2, acknowledgements.Begun);
        }

        Assert.Equal(before + 2, acknowledgements.Begun);
    }
}
