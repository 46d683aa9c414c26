using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Tests.Storage;

/// <summary>
/// A memo is kept from one change to the next only while nothing else may have changed what it was computed from: a
/// value wrongly kept would be a stale count (an overbooked slot), so every doubt empties it.
/// </summary>
public sealed class WriterMemoTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly BrigadeDatabase database;
    private readonly WriterMemo<string, int> memo;

    public WriterMemoTests()
    {
        database = TestDatabase.Open(temp.DatabasePath);
        memo = new WriterMemo<string, int>(database, "counted");
    }

    public void Dispose()
    {
        database.Dispose();
        temp.Dispose();
    }

    private Task RememberAsync(int value) => database.WriteAsync(db =>
    {
        db.GetCollection("counted").Upsert(new BsonDocument { ["_id"] = "n", ["value"] = value });
        memo.Current()["n"] = value;
    }, default);

    private Task<int?> RecalledAsync() => database.WriteAsync(_ => memo.Current().TryGetValue("n", out var value) ? value : (int?)null, default);

    [Fact]
    public async Task The_next_change_finds_what_the_last_one_remembered()
    {
        await RememberAsync(3);

        Assert.Equal(3, await RecalledAsync());
        Assert.Equal(3, await RecalledAsync()); // a change that only reads the memo keeps it
    }

    [Fact]
    public async Task Writes_that_leave_its_collections_alone_keep_it()
    {
        await RememberAsync(3);
        await database.WriteAsync(db => db.GetCollection("elsewhere").Insert(new BsonDocument { ["_id"] = "x" }), default);
        await database.ReadAsync(db => db.GetCollection("counted").Count());

        Assert.Equal(3, await RecalledAsync());
    }

    [Fact]
    public async Task Another_write_that_opens_one_of_its_collections_empties_it()
    {
        await RememberAsync(3);
        await database.WriteAsync(db => db.GetCollection("COUNTED").Count(), default); // LiteDB's names ignore case

        Assert.Null(await RecalledAsync());
    }

    [Fact]
    public async Task A_failed_write_empties_it_even_when_it_was_the_one_that_remembered()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => database.WriteAsync(db =>
        {
            memo.Current()["n"] = 3;
            throw new InvalidOperationException("rolled back");
        }, default));

        Assert.Null(await RecalledAsync());
        Assert.Equal(0, await database.ReadAsync(db => db.GetCollection("counted").Count()));
    }

    [Fact]
    public async Task A_batch_rolled_back_by_a_later_failure_forgets_what_its_changes_remembered()
    {
        // Counts kept as a booking keeps places: from the documents the first time, then one more per insert.
        Task<int> InsertCountedAsync(string id) => database.WriteAsync(db =>
        {
            var current = memo.Current();
            var count = current.TryGetValue("n", out var known) ? known : db.GetCollection("counted").Count();
            db.GetCollection("counted").Insert(new BsonDocument { ["_id"] = id });
            return current["n"] = count + 1;
        }, default);
        var (held, release) = await database.HoldWriterAsync(note: null);
        var first = InsertCountedAsync("a");
        var second = InsertCountedAsync("b");
        var failing = database.WriteAsync(_ => throw new InvalidOperationException("rolled back"), default);

        release.Set();

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        // « a » and « b » ran again alone after the rollback: counted from the disk again, not from the undone run.
        Assert.Equal((1, 2), (await first, await second));
        Assert.Equal(2, await RecalledAsync());
        Assert.Equal(2, await database.ReadAsync(db => db.GetCollection("counted").Count()));
        await held;
        release.Dispose();
    }

    [Fact]
    public async Task A_later_failed_write_empties_it()
    {
        await RememberAsync(3);
        await Assert.ThrowsAsync<InvalidOperationException>(() => database.WriteAsync(
            _ => throw new InvalidOperationException("rolled back"), default));

        Assert.Null(await RecalledAsync());
    }

    [Fact]
    public async Task A_write_that_runs_sql_or_an_exclusive_action_empties_it()
    {
        await RememberAsync(3);
        await database.WriteAsync(db => db.Execute("SELECT $ FROM elsewhere").Dispose(), default);
        Assert.Null(await RecalledAsync());

        await RememberAsync(4);
        await database.RunExclusiveAfterCheckpointAsync(_ => true, default);
        Assert.Null(await RecalledAsync());

        // Even when it was the change that remembered: its SQL may have changed what it had counted.
        await database.WriteAsync(db =>
        {
            memo.Current()["n"] = 5;
            db.Execute("SELECT $ FROM elsewhere").Dispose();
        }, default);
        Assert.Null(await RecalledAsync());
    }

    [Fact]
    public async Task It_is_used_inside_a_change_only()
    {
        Assert.Contains("Only a change, on the writer", Assert.Throws<InvalidOperationException>(() => memo.Current()).Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => database.ReadAsync(_ => memo.Current().Count));
    }

    [Fact]
    public async Task A_memo_of_several_collections_is_emptied_by_a_write_to_any_one_of_them()
    {
        var pair = new WriterMemo<string, int>(database, "counted", "other");
        await database.WriteAsync(_ => pair.Current()["n"] = 3, default);
        await database.WriteAsync(db => db.GetCollection("other").Insert(new BsonDocument { ["_id"] = "x" }), default);

        Assert.False(await database.WriteAsync(_ => pair.Current().ContainsKey("n"), default));
    }
}
