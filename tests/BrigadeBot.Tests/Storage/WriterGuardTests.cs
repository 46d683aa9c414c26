using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Tests.Storage;

/// <summary>What the serialised writer and its lock file promise, seen through the public API.</summary>
public sealed class WriterGuardTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_read_inside_a_change_sees_the_change_s_own_writes()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);

        var seen = await database.WriteAsync(db =>
        {
            db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "a" });
            return database.ReadNow(inner => inner.GetCollection("notes").Count());
        }, default);

        Assert.Equal(1, seen);
    }

    [Fact]
    public async Task Writing_from_inside_a_change_says_how_to_fix_it()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => database.WriteAsync(
            _ => database.WriteAsync(inner => inner.GetCollection("notes").Count(), default), default));

        Assert.Contains("Do both writes in one change", refused.Message);
    }

    [Fact]
    public async Task Dates_come_back_as_utc_after_a_reopen()
    {
        var instant = new DateTime(2026, 12, 1, 19, 0, 0, DateTimeKind.Utc);
        using (var database = TestDatabase.Open(temp.DatabasePath))
            await database.WriteAsync(db => db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "a", ["at"] = instant }), default);

        using var reopened = TestDatabase.Open(temp.DatabasePath);
        var read = reopened.ReadNow(db => db.GetCollection("notes").FindById("a")["at"].AsDateTime);

        Assert.Equal(DateTimeKind.Utc, read.Kind);
        Assert.Equal(instant, read);
    }

    [Fact]
    public async Task A_change_returning_a_value_gets_it_back_and_a_void_change_is_committed()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);

        var id = await database.WriteAsync(db => db.GetCollection("notes").Insert(new BsonDocument { ["text"] = "a" }), default);
        await database.WriteAsync(db => { db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "b" }); }, default);

        Assert.Equal("a", database.ReadNow(db => db.GetCollection("notes").FindById(id)["text"].AsString));
        Assert.Equal(2, database.ReadNow(db => db.GetCollection("notes").Count()));
    }

    [Fact]
    public async Task A_change_that_swallows_a_litedb_error_is_refused_and_leaves_nothing()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        await database.WriteAsync(db => db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "taken" }), default);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => database.WriteAsync(db =>
        {
            db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "before" });
            try
            {
                db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "taken" });
            }
            catch (LiteException)
            {
            }
        }, default));

        Assert.Contains("Let LiteDB exceptions propagate", refused.Message);
        Assert.Equal(["taken"], database.ReadNow(db => db.GetCollection("notes").FindAll().Select(d => d["_id"].AsString).ToList()));
        await database.WriteAsync(db => db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "later" }), default);
        Assert.Equal(2, database.ReadNow(db => db.GetCollection("notes").Count()));
    }

    [Fact]
    public void Read_accepts_materialised_results_and_plain_values()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);

        Assert.Empty(database.ReadNow(db => db.GetCollection("notes").FindAll().ToArray()));
        Assert.Empty(database.ReadNow<IReadOnlyCollection<BsonDocument>>(db => db.GetCollection("notes").FindAll().ToList().AsReadOnly()));
        Assert.Equal("texte", database.ReadNow(_ => "texte"));
        var lazy = Assert.Throws<InvalidOperationException>(() => database.ReadNow(db => db.GetCollection("notes").FindAll().Select(d => d["_id"])));
        Assert.Contains("materialise it inside the query", lazy.Message);
    }

    [Fact]
    public async Task Null_changes_and_queries_are_refused()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);

        // Refused at the call, before any task exists.
        Assert.Throws<ArgumentNullException>(() => { _ = database.WriteAsync((Func<ILiteDatabase, int>)null!, default); });
        Assert.Throws<ArgumentNullException>(() => { _ = database.WriteAsync((Action<ILiteDatabase>)null!, default); });
        await Assert.ThrowsAsync<ArgumentNullException>(() => database.ReadAsync<int>(null!));
    }

    [Fact]
    public void Disposing_twice_is_harmless_and_the_lock_is_released()
    {
        var database = TestDatabase.Open(temp.DatabasePath);
        database.Dispose();
        database.Dispose();

        using var again = TestDatabase.Open(temp.DatabasePath);
        Assert.Equal(0, again.ReadNow(db => db.GetCollection("notes").Count()));
    }

    [Fact]
    public void The_lock_file_names_the_process_holding_it_and_nothing_else()
    {
        File.WriteAllText(temp.DatabasePath + ".lock", "123456789\nleft by an older process\n");

        TestDatabase.Open(temp.DatabasePath).Dispose();

        Assert.Equal($"{Environment.ProcessId}\n", File.ReadAllText(temp.DatabasePath + ".lock"));
    }
}
