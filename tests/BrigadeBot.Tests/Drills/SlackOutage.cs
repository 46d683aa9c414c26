using System.Collections.Concurrent;
using Brigade.Slack.Testing;
using BrigadeBot.Tests.Features.Watch;

namespace BrigadeBot.Tests.Drills;

/// <summary>
/// Slack answering <paramref name="failure"/> to every DM call from <paramref name="from"/> to <paramref name="to"/> on
/// the test's clock (once <paramref name="deliveredBefore"/> messages containing <paramref name="marker"/> went, when set),
/// and recording when each such message reached its channel.
/// </summary>
public sealed class SlackOutage(TimerWatchingClock clock, DateTimeOffset from, DateTimeOffset to, FakeReply failure, string marker,
    int deliveredBefore = 0)
{
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
        return this;
    }

    /// <summary>The channels reached, in order, one entry per message.</summary>
    public IReadOnlyList<string> Channels => Delivered.Select(d => d.Channel).Order(StringComparer.Ordinal).ToList();

    private bool Down => clock.GetUtcNow() >= from && clock.GetUtcNow() < to && Delivered.Count >= deliveredBefore;
}
