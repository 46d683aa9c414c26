using System.Collections.Concurrent;
using Brigade.Slack.Testing;
using BrigadeBot.Scheduling;
using BrigadeBot.Tests.Features.Watch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace BrigadeBot.Tests.Drills;

/// <summary>
/// Slack answering <paramref name="failure"/> to every DM call from <paramref name="from"/> to <paramref name="to"/> on
/// the test's clock (once <paramref name="deliveredBefore"/> messages containing <paramref name="marker"/> went, when set),
/// recording when each such message reached its channel. While it is applied, the client's short backoffs elapse on
/// their own; the test moves the clock for the rest.
/// </summary>
public sealed class SlackOutage(TimerWatchingClock clock, DateTimeOffset from, DateTimeOffset to, FakeReply failure, string marker,
    int deliveredBefore = 0) : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private Task backoffs = Task.CompletedTask;

    public ConcurrentQueue<(string Channel, DateTimeOffset At)> Delivered { get; } = new();

    public static TheoryData<int> Failures => new() { 500, 429 };

    public static FakeReply Reply(int status) => status == 429 ? FakeReply.RateLimited(2) : FakeReply.ServerError(status);

    public SlackOutage Apply(FakeSlackServer slack)
    {
        slack.Handle("conversations.open", _ => Down ? failure : null);
        slack.Handle("chat.postMessage", call =>
        {
            if (!call.AllText.Contains(marker)) return Down ? failure : null;
            if (Down) return failure;
            Delivered.Enqueue((call.Arg("channel")!, clock.GetUtcNow()));
            return null;
        });
        backoffs = clock.RunShortTimersAsync(TimeSpan.FromSeconds(5), stop.Token);
        return this;
    }

    /// <summary>The channels reached, in order, one entry per message.</summary>
    public IReadOnlyList<string> Channels => Delivered.Select(d => d.Channel).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Moves the clock to <paramref name="due"/>, inside the outage: waits until the job <paramref name="key"/> is scheduled
    /// again, then checks that nothing went and that the log says <paramref name="what"/> will be retried.
    /// </summary>
    public async Task FailsAndIsRescheduledAsync(BrigadeHost host, JobKey key, DateTimeOffset due, string what)
    {
        var scheduler = host.Services.GetRequiredService<IBrigadeScheduler>();
        clock.Advance(due - clock.GetUtcNow());
        await Eventually.HoldsAsync(async () => await scheduler.NextFireTimeAsync(key, default) > due, "no retry was scheduled");
        // The retry is logged once scheduled: poll for the line too.
        await Eventually.HoldsAsync(() => host.Logs.AtLeast(LogLevel.Warning).Any(l =>
            l.Message.StartsWith(what, StringComparison.Ordinal) && l.Message.Contains(" not delivered (retries_exhausted): retry at")),
            $"nothing said {what} would be retried");
        Assert.Empty(Delivered);
    }

    /// <summary>The bot was down when the message fell due and comes back at <paramref name="at"/>: waits until the log says it was dropped.</summary>
    public async Task DroppedAsync(BrigadeHost host, DateTimeOffset at)
    {
        clock.Advance(at - clock.GetUtcNow());
        await Eventually.HoldsAsync(() => host.Logs.Lines.Any(l => l.Message.Contains("dropped")), "nothing said the message was dropped");
    }

    /// <summary>The one Warning saying a message was dropped.</summary>
    public static string DropLine(BrigadeHost host) =>
        Assert.Single(host.Logs.AtLeast(LogLevel.Warning), l => l.Message.Contains("dropped")).Message;

    private bool Down => clock.GetUtcNow() >= from && clock.GetUtcNow() < to && Delivered.Count >= deliveredBefore;

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await backoffs;
        stop.Dispose();
    }
}
