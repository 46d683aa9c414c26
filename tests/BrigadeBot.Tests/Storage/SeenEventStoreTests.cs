using Brigade.Slack;
using Brigade.Slack.Inbound;
using BrigadeBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BrigadeBot.Tests.Storage;

public sealed class SeenEventStoreTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 4, 13, 0, 0, TimeSpan.Zero));

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task An_event_is_handled_once_recorded_even_after_a_restart()
    {
        using (var database = TestDatabase.Open(temp.DatabasePath))
        {
            var store = new SeenEventStore(database, time);
            Assert.False(await store.WasHandledAsync("Ev0PV52K25", default));
            await store.MarkHandledAsync("Ev0PV52K25", default);
            Assert.True(await store.WasHandledAsync("Ev0PV52K25", default));
            Assert.False(await store.WasHandledAsync("Ev0PV52K26", default));
        }

        using var restarted = TestDatabase.Open(temp.DatabasePath);
        Assert.True(await new SeenEventStore(restarted, time).WasHandledAsync("Ev0PV52K25", default));
    }

    [Fact]
    public async Task Recording_an_event_twice_keeps_one_document()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        var store = new SeenEventStore(database, time);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => store.MarkHandledAsync("Ev1", default))));

        Assert.Equal(1, database.ReadNow(db => db.GetCollection(SeenEventStore.Collection).Count()));
    }

    [Fact]
    public async Task Prune_forgets_ids_older_than_a_day_and_keeps_the_others()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        var store = new SeenEventStore(database, time);
        await store.MarkHandledAsync("old", default);
        time.Advance(TimeSpan.FromHours(2));
        await store.MarkHandledAsync("recent", default);
        time.Advance(TimeSpan.FromHours(23));

        Assert.Equal(1, await store.PruneAsync(default));

        Assert.False(await store.WasHandledAsync("old", default));
        Assert.True(await store.WasHandledAsync("recent", default));
    }

    [Fact]
    public async Task The_prune_job_prunes()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        var store = new SeenEventStore(database, time);
        await store.MarkHandledAsync("old", default);
        time.Advance(TimeSpan.FromDays(2));

        await new SeenEventsPruneJob(store, NullLogger<SeenEventsPruneJob>.Instance).Execute(null!, default);

        Assert.False(await store.WasHandledAsync("old", default));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Storage_replaces_the_slack_layers_in_memory_deduplicator_in_either_order(bool slackFirst)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = temp.DatabasePath })
            .Build();
        var services = new ServiceCollection().AddLogging();
        if (slackFirst)
            services.AddSlack(configuration);
        services.AddBrigadeStorage(configuration);
        if (!slackFirst)
            services.AddSlack(configuration);

        using var provider = services.BuildServiceProvider();
        Assert.IsType<SeenEventStore>(provider.GetRequiredService<IEventDeduplicator>());
        Assert.Single(services, d => d.ServiceType == typeof(IEventDeduplicator));
    }
}
