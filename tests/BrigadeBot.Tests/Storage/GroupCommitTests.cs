using System.Collections.Concurrent;
using BrigadeBot.Storage;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

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

    private static Task<List<string>> NotesAsync(BrigadeDatabase database) =>
        database.ReadAsync(db => db.GetCollection("notes").FindAll().Select(d => d["_id"].AsString).Order().ToList());

    [Fact]
    public async Task Writes_waiting_together_commit_as_one_batch_and_are_confirmed_only_after_its_checkpoint()
    {
        using var meters = new StorageMeters();
        using var database = new BrigadeDatabase(Options.Create(new StorageOptions { DatabasePath = temp.DatabasePath }),
            NullLogger<BrigadeDatabase>.Instance, meters.Metrics);
        var (first, release) = await database.HoldWriterAsync();

        var seen = new ConcurrentDictionary<int, long>();
        var queued = Enumerable.Range(0, BrigadeDatabase.MaxBatch - 1).Select(i => database.WriteAsync(db =>
        {
            seen[i] = db.GetCollection("notes").Count(); // what the batch's earlier changes wrote
            db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = $"n{i}" });
        }, default)).ToList();
        Assert.All(queued, write => Assert.False(write.IsCompleted));

        release.Set();
        await Task.WhenAll(queued.Append(first));

        // The held change and the queued ones ran in one batch, each seeing the ones before it.
        Assert.Equal(Enumerable.Range(1, BrigadeDatabase.MaxBatch - 1).Select(n => (long)n), seen.OrderBy(s => s.Key).Select(s => s.Value));
        Assert.Equal([BrigadeDatabase.MaxBatch], meters.BatchSizes);
        // And no caller heard back before the batch was checkpointed into the data file.
        Assert.Equal(0, LogLength());
        Assert.Equal(BrigadeDatabase.MaxBatch, (await NotesAsync(database)).Count);
        release.Dispose();
    }

    [Fact]
    public async Task A_failing_write_in_a_batch_fails_alone_and_the_changes_before_it_run_again_alone()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        var (first, release) = await database.HoldWriterAsync();
        var keptRuns = 0;
        var afterRuns = 0;
        var kept = database.WriteAsync(db =>
        {
            db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "kept" });
            return ++keptRuns;
        }, default);
        var failed = database.WriteAsync(db =>
        {
            db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "lost" });
            throw new InvalidOperationException("refusée");
        }, default);
        var after = database.WriteAsync(db =>
        {
            db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "after" });
            return ++afterRuns;
        }, default);
        release.Set();

        await first;
        Assert.Equal(2, await kept); // its caller gets the run that was committed
        Assert.Equal("refusée", (await Assert.ThrowsAsync<InvalidOperationException>(() => failed)).Message);
        Assert.Equal(1, await after);
        Assert.Equal(["after", "first", "kept"], await NotesAsync(database));
        Assert.Equal(0, LogLength()); // the batch was checkpointed although one of its writes failed
        release.Dispose();
    }

    [Fact]
    public async Task A_change_that_fails_when_it_runs_again_alone_leaves_nothing_of_that_run()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        var (first, release) = await database.HoldWriterAsync();
        var runs = 0;
        var fickle = database.WriteAsync(db =>
        {
            db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = $"fickle{++runs}" });
            if (runs == 2) throw new InvalidOperationException("pas cette fois");
        }, default);
        var failed = database.WriteAsync(_ => throw new InvalidOperationException("refusée"), default);
        release.Set();

        await first;
        Assert.Equal("pas cette fois", (await Assert.ThrowsAsync<InvalidOperationException>(() => fickle)).Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);
        Assert.Equal(["first"], await NotesAsync(database));
        await database.NoteAsync("after");
        Assert.Equal(["after", "first"], await NotesAsync(database));
        release.Dispose();
    }

    [Fact]
    public async Task A_change_that_leaves_a_cursor_open_in_a_batch_fails_alone()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        await database.NoteAsync("there");
        var (first, release) = await database.HoldWriterAsync();
        var careless = database.WriteAsync(db =>
        {
            var cursor = db.GetCollection("notes").FindAll().GetEnumerator();
            cursor.MoveNext(); // never disposed
            db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "careless" });
        }, default);
        var after = database.NoteAsync("after");
        release.Set();

        await first;
        await Assert.ThrowsAsync<LiteException>(() => careless);
        await after;
        Assert.Equal(["after", "first", "there"], await NotesAsync(database));
        release.Dispose();
    }

    [Fact]
    public async Task A_litedb_error_in_a_batch_fails_that_write_only_even_when_the_change_swallowed_it()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        await database.NoteAsync("taken");
        var (first, release) = await database.HoldWriterAsync();
        var duplicate = database.NoteAsync("taken");
        var swallowed = database.WriteAsync(db =>
        {
            try
            {
                db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "taken" });
            }
            catch (LiteException)
            {
            }
        }, default);
        var after = database.NoteAsync("after");
        release.Set();

        await first;
        await Assert.ThrowsAsync<LiteException>(() => duplicate);
        Assert.Contains("Let LiteDB exceptions propagate", (await Assert.ThrowsAsync<InvalidOperationException>(() => swallowed)).Message);
        await after;
        Assert.Equal(["after", "first", "taken"], await NotesAsync(database));
    }

    [Fact]
    public async Task A_commit_fault_hits_the_change_it_follows_and_a_failed_batch_commit_runs_each_change_again_alone()
    {
        var fault = new FaultAtCall(3); // 1: the held change, 2: « a », 3: « b »
        using (var database = new BrigadeDatabase(Options.Create(new StorageOptions { DatabasePath = temp.DatabasePath }),
            NullLogger<BrigadeDatabase>.Instance, fault: fault))
        {
            var (first, release) = await database.HoldWriterAsync();
            var a = database.NoteAsync("a");
            var b = database.NoteAsync("b");
            release.Set();
            await Task.WhenAll(first, a);
            await Assert.ThrowsAsync<IOException>(() => b);
            Assert.Equal(["a", "first"], await NotesAsync(database));

            // The held change and « c » pass (calls 1, 2), the commit of both fails (call 3): both run again alone.
            fault.Reset(3);
            (first, release) = await database.HoldWriterAsync();
            var c = database.WriteAsync(db =>
            {
                db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "c" });
                return fault.Calls;
            }, default);
            release.Set();
            await first;
            Assert.Equal(4, await c); // its second run, after the held change ran again (call 4)
            Assert.Equal(["a", "c", "first"], await NotesAsync(database));
            release.Dispose();
        }

        using var reopened = TestDatabase.Open(temp.DatabasePath);
        Assert.Equal(["a", "c", "first"], await NotesAsync(reopened));
    }

    [Fact]
    public async Task A_commit_fault_on_a_change_run_again_alone_fails_that_change_only()
    {
        var fault = new FaultAtCall(3, 5); // 1: the held change, 2: « a », 3: « b »; run again: 4: the held change, 5: « a »
        using var database = new BrigadeDatabase(Options.Create(new StorageOptions { DatabasePath = temp.DatabasePath }),
            NullLogger<BrigadeDatabase>.Instance, fault: fault);
        var (first, release) = await database.HoldWriterAsync();
        var a = database.NoteAsync("a");
        var b = database.NoteAsync("b");
        release.Set();

        await first;
        await Assert.ThrowsAsync<IOException>(() => a);
        await Assert.ThrowsAsync<IOException>(() => b);
        Assert.Equal(["first"], await NotesAsync(database));
        release.Dispose();
    }

    /// <summary>Fails the commits at the given calls of <see cref="IWriteFault.BeforeCommit"/>, counted from the last reset.</summary>
    private sealed class FaultAtCall(params int[] failing) : IWriteFault
    {
        public int Calls { get; private set; }

        public void Reset(params int[] calls)
        {
            failing = calls;
            Calls = 0;
        }

        public void BeforeCommit()
        {
            if (failing.Contains(++Calls)) throw new IOException("Input/output error (drill)");
        }
    }

    [Fact]
    public async Task An_exclusive_action_sees_every_earlier_write_in_the_data_file_and_an_empty_log()
    {
        var copy = Path.Combine(temp.Path, "copy.db");
        using (var database = TestDatabase.Open(temp.DatabasePath))
        {
            var writes = Enumerable.Range(0, 5).Select(i =>
                database.NoteAsync($"n{i}")).ToList();
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
