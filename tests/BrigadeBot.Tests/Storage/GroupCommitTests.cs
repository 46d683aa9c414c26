using System.Collections.Concurrent;
using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Tests.Storage;

public sealed class GroupCommitTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private long LogLength()
    {
        var log = Path.Combine(temp.Path, "brigade-log.db");
        return File.Exists(log) ? new FileInfo(log).Length : 0;
    }

    [Fact]
    public async Task Writes_waiting_together_share_one_checkpoint_and_are_confirmed_only_after_it()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var release = new ManualResetEventSlim();
        var first = database.WriteAsync(db =>
        {
            running.SetResult();
            release.Wait(); // holds the writer so that the next writes queue behind it
            db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "first" });
        }, default);
        await running.Task;

        var logSeen = new ConcurrentQueue<long>();
        var queued = Enumerable.Range(0, BrigadeDatabase.MaxBatch - 1).Select(i => database.WriteAsync(db =>
        {
            logSeen.Enqueue(LogLength());
            db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = $"n{i}" });
        }, default)).ToList();
        Assert.All(queued, write => Assert.False(write.IsCompleted));

        release.Set();
        await Task.WhenAll(queued.Append(first));

        // Each queued change ran after the previous commits reached the log but before any checkpoint: one batch.
        Assert.Equal(BrigadeDatabase.MaxBatch - 1, logSeen.Count);
        Assert.All(logSeen, length => Assert.True(length > 0, "a checkpoint ran between two writes of the batch"));
        // And no caller heard back before the batch was checkpointed into the data file.
        Assert.Equal(0, LogLength());
        Assert.Equal(BrigadeDatabase.MaxBatch, await database.ReadAsync(db => db.GetCollection("notes").Count()));
    }

    [Fact]
    public async Task A_failing_write_in_a_batch_fails_alone()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        using var release = new ManualResetEventSlim();
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = database.WriteAsync(db => { running.SetResult(); release.Wait(); }, default);
        await running.Task;
        var kept = database.WriteAsync(db => db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "kept" }), default);
        var failed = database.WriteAsync(db =>
        {
            db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "lost" });
            throw new InvalidOperationException("refusée");
        }, default);
        var after = database.WriteAsync(db => db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "after" }), default);
        release.Set();

        await first;
        await kept;
        Assert.Equal("refusée", (await Assert.ThrowsAsync<InvalidOperationException>(() => failed)).Message);
        await after;
        Assert.Equal(["after", "kept"], await database.ReadAsync(db =>
            db.GetCollection("notes").FindAll().Select(d => d["_id"].AsString).Order().ToList()));
    }

    [Fact]
    public async Task An_exclusive_action_sees_every_earlier_write_in_the_data_file_and_an_empty_log()
    {
        var copy = Path.Combine(temp.Path, "copy.db");
        using (var database = TestDatabase.Open(temp.DatabasePath))
        {
            var writes = Enumerable.Range(0, 5).Select(i =>
                database.WriteAsync(db => db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = $"n{i}" }), default)).ToList();
            var logDuringAction = await database.RunExclusiveAfterCheckpointAsync(_ =>
            {
                File.Copy(database.Path, copy);
                return LogLength();
            }, default);
            await Task.WhenAll(writes);
            Assert.Equal(0, logDuringAction);
        }

        using var backup = new LiteDatabase(new ConnectionString { Filename = copy, Connection = ConnectionType.Direct });
        Assert.Equal(5, backup.GetCollection("notes").Count());
    }
}
