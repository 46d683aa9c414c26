using Brigade.Slack.Tests.Support;
using Brigade.Slack.WebApi;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>The pause a 429 puts on a whole method: the longest one asked wins, and other methods are not held.</summary>
public sealed class MethodPausesTests
{
    private readonly ObservedTimeProvider time = new(new DateTimeOffset(2030, 1, 15, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_shorter_pause_does_not_cut_a_longer_one_short()
    {
        var pauses = new MethodPauses(time);
        pauses.Pause("chat.postMessage", TimeSpan.FromSeconds(10));
        pauses.Pause("chat.postMessage", TimeSpan.FromSeconds(2));

        var waiting = pauses.WaitAsync("chat.postMessage", CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(10), await time.NextTimerAsync());
        time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_longer_pause_extends_a_shorter_one()
    {
        var pauses = new MethodPauses(time);
        pauses.Pause("chat.postMessage", TimeSpan.FromSeconds(2));
        pauses.Pause("chat.postMessage", TimeSpan.FromSeconds(10));

        var waiting = pauses.WaitAsync("chat.postMessage", CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(10), await time.NextTimerAsync());
        time.Advance(TimeSpan.FromSeconds(10));
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_rest_of_a_pause_is_waited_and_a_pause_over_is_not()
    {
        var pauses = new MethodPauses(time);
        pauses.Pause("views.open", TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(3));

        var rest = pauses.WaitAsync("views.open", CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(2), await time.NextTimerAsync());
        time.Advance(TimeSpan.FromSeconds(2));
        await rest.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(pauses.WaitAsync("views.open", CancellationToken.None).IsCompletedSuccessfully);
        Assert.True(pauses.WaitAsync("chat.postMessage", CancellationToken.None).IsCompletedSuccessfully);
    }
}
