using BrigadeBot.Storage;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Tests.Storage;

/// <summary>The serialised writer's queue: what it runs, in which batch, what it measures, and a commit that fails.</summary>
public sealed class WriterQueueTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private BrigadeDatabase Open(StorageMetrics? metrics = null, IWriteFault? fault = null) =>
        new(Options.Create(new StorageOptions { DatabasePath = temp.DatabasePath }), NullLogger<BrigadeDatabase>.Instance, metrics, fault);

    private long LogLength()
    {
        var log = Path.Combine(temp.Path, "brigade-log.db");
        return File.Exists(log) ? new FileInfo(log).Length : 0;
    }

    [Fact]
    public async Task Changes_run_on_the_writer_s_own_thread_and_leave_the_pool_s_threads_to_requests()
    {
        using var database = Open();

        var (pooled, thread) = await database.WriteAsync(_ => (Thread.CurrentThread.IsThreadPoolThread, Environment.CurrentManagedThreadId), default);
        var next = await database.WriteAsync(_ => Environment.CurrentManagedThreadId, default);

        Assert.False(pooled);
        Assert.Equal(thread, next);
    }

    [Fact]
    public async Task A_write_cancelled_while_it_waits_in_the_queue_never_runs_and_the_next_one_does()
    {
        using var database = Open();
        var (first, release) = await database.HoldWriterAsync();
        using var cancel = new CancellationTokenSource();
        var ran = false;
        var cancelled = database.WriteAsync(db => { ran = true; db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "cancelled" }); }, cancel.Token);
        var next = database.NoteAsync("next");

        cancel.Cancel();
        release.Set();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await Task.WhenAll(first, next);
        Assert.False(ran);
        Assert.Equal(["first", "next"], await database.ReadAsync(db => db.GetCollection("notes").FindAll().Select(d => d["_id"].AsString).Order().ToList()));
        release.Dispose();
    }

    [Fact]
    public async Task A_batch_holds_at_most_MaxBatch_writes_then_checkpoints_before_the_next()
    {
        using var meters = new StorageMeters();
        using var database = Open(meters.Metrics);
        var (first, release) = await database.HoldWriterAsync();
        var count = 3 * BrigadeDatabase.MaxBatch + 2;
        var queued = Enumerable.Range(0, count).Select(i =>
            database.NoteAsync($"n{i}")).ToList();

        release.Set();
        await Task.WhenAll(queued.Append(first));

        // The held change and the first MaxBatch - 1 queued ones make the first batch.
        var batch = BrigadeDatabase.MaxBatch;
        Assert.Equal([batch, batch, batch, 3], meters.BatchSizes);
        Assert.Equal(0, LogLength());
        Assert.Equal(count + 1, await database.ReadAsync(db => db.GetCollection("notes").Count()));
        release.Dispose();
    }

    [Fact]
    public async Task Each_change_is_measured_by_outcome_and_an_exclusive_action_is_not()
    {
        using var meters = new StorageMeters();
        using var database = Open(meters.Metrics);

        await database.NoteAsync("a");
        await Assert.ThrowsAsync<InvalidOperationException>(() => database.WriteAsync(_ => throw new InvalidOperationException("non"), default));
        await database.RunExclusiveAfterCheckpointAsync(_ => true, default);
        // A batch whose last change fails: that one is measured failed, the two before it committed once they ran again.
        var (first, release) = await database.HoldWriterAsync();
        var kept = database.NoteAsync("kept");
        var failed = database.WriteAsync(_ => throw new InvalidOperationException("non"), default);
        release.Set();
        await Task.WhenAll(first, kept);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);

        Assert.Equal(["committed", "failed", "failed", "committed", "committed"],
            meters.WriteOutcomes);
        release.Dispose();
    }

    [Fact]
    public async Task A_commit_that_fails_leaves_nothing_of_its_change_and_the_next_write_commits()
    {
        var fault = new ArmedWriteFault();
        using (var database = Open(fault: fault))
        {
            await database.NoteAsync("before");
            fault.Armed = true;
            var error = await Assert.ThrowsAsync<IOException>(() => database.WriteAsync(db =>
            {
                db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "lost" });
                db.GetCollection("counters").Insert(new BsonDocument { ["_id"] = "lost" });
            }, default));
            Assert.Contains("No space left", error.Message);
            fault.Armed = false;

            await database.NoteAsync("after");
            Assert.Equal(["after", "before"], await database.ReadAsync(db => db.GetCollection("notes").FindAll().Select(d => d["_id"].AsString).Order().ToList()));
        }

        using var reopened = TestDatabase.Open(temp.DatabasePath);
        Assert.Equal(2, await reopened.ReadAsync(db => db.GetCollection("notes").Count()));
        Assert.Equal(0, await reopened.ReadAsync(db => db.GetCollection("counters").Count()));
    }

    [Fact]
    public async Task A_change_is_refused_when_an_exclusive_action_left_a_transaction_open_on_the_writer()
    {
        using var meters = new StorageMeters();
        using var database = Open(meters.Metrics);
        var (first, release) = await database.HoldWriterAsync();
        var careless = database.RunExclusiveAfterCheckpointAsync(db => db.BeginTrans(), default);
        var refused = database.NoteAsync("inside");

        release.Set();

        await first;
        Assert.True(await careless);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => refused);
        Assert.Contains("already open", error.Message);
        // The transaction left open was rolled back with the refusal: the next write has one of its own.
        await database.NoteAsync("after");
        Assert.Equal(["after", "first"], await database.ReadAsync(db => db.GetCollection("notes").FindAll().Select(d => d["_id"].AsString).Order().ToList()));
        Assert.Equal(["committed", "failed", "committed"], meters.WriteOutcomes);
        release.Dispose();
    }

    [Fact]
    public async Task After_close_a_write_or_a_read_fails_at_once_instead_of_waiting()
    {
        var database = Open();
        database.Dispose();

        Assert.False(File.Exists(database.LogPath), "LiteDB was not closed: closing removes its empty log");

        var refused = Assert.Throws<ObjectDisposedException>(() => { _ = database.WriteAsync(db => db.GetCollection("notes").Count(), default); });
        Assert.Contains("The database is closed", refused.Message);
        var read = database.ReadAsync(db => db.GetCollection("notes").Count());
        Assert.True(read.IsCompleted, "the read waits for a gate nobody will release");
        await Assert.ThrowsAnyAsync<ObjectDisposedException>(() => read);
    }
}
