using Brigade.Slack.Inbound;
using Microsoft.Extensions.Time.Testing;

namespace Brigade.Slack.Tests.Inbound;

/// <summary>The default de-duplication: handled ids are remembered, and past 10 000 those older than an hour are let go.</summary>
public sealed class InMemoryEventDeduplicatorTests
{
    private readonly FakeTimeProvider time = new();
    private readonly InMemoryEventDeduplicator deduplicator;

    public InMemoryEventDeduplicatorTests() => deduplicator = new InMemoryEventDeduplicator(time);

    private async Task MarkAsync(int count, string prefix)
    {
        for (var i = 0; i < count; i++) await deduplicator.MarkHandledAsync($"{prefix}{i}", CancellationToken.None);
    }

    [Fact]
    public async Task Only_a_handled_event_is_known()
    {
        await deduplicator.MarkHandledAsync("Ev1", CancellationToken.None);

        Assert.True(await deduplicator.WasHandledAsync("Ev1", CancellationToken.None));
        Assert.False(await deduplicator.WasHandledAsync("Ev2", CancellationToken.None));
        Assert.False(await deduplicator.WasHandledAsync("ev1", CancellationToken.None));
    }

    [Fact]
    public async Task Past_10_000_ids_those_older_than_an_hour_are_forgotten_and_recent_ones_kept()
    {
        await MarkAsync(10_000, "old");
        time.Advance(TimeSpan.FromMinutes(30));
        await MarkAsync(1, "recent");
        time.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromTicks(1));

        await deduplicator.MarkHandledAsync("new", CancellationToken.None);

        Assert.False(await deduplicator.WasHandledAsync("old0", CancellationToken.None));
        Assert.False(await deduplicator.WasHandledAsync("old9999", CancellationToken.None));
        Assert.True(await deduplicator.WasHandledAsync("recent0", CancellationToken.None));
        Assert.True(await deduplicator.WasHandledAsync("new", CancellationToken.None));
    }

    [Fact]
    public async Task Ids_exactly_an_hour_old_are_kept()
    {
        await MarkAsync(10_001, "old");
        time.Advance(TimeSpan.FromHours(1));

        await deduplicator.MarkHandledAsync("new", CancellationToken.None);

        Assert.True(await deduplicator.WasHandledAsync("old0", CancellationToken.None));
    }

    [Fact]
    public async Task Up_to_10_000_ids_nothing_is_forgotten_however_old()
    {
        await MarkAsync(10_000, "old");
        time.Advance(TimeSpan.FromDays(1));

        await deduplicator.MarkHandledAsync("new", CancellationToken.None);

        Assert.True(await deduplicator.WasHandledAsync("old0", CancellationToken.None));
    }
}
