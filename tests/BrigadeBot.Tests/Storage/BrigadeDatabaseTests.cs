using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Tests.Storage;

public sealed class BrigadeDatabaseTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Close_and_reopen_keeps_data()
    {
        using (var database = TestDatabase.Open(temp.DatabasePath))
            await database.WriteAsync(db => db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "a", ["text"] = "Bonjour" }), default);

        using var reopened = TestDatabase.Open(temp.DatabasePath);
        Assert.Equal("Bonjour", (await reopened.ReadAsync(db => db.GetCollection("notes").FindById("a")["text"].AsString)));
    }

    [Fact]
    public void Creates_the_missing_folder()
    {
        var path = Path.Combine(temp.Path, "deeper", "still", "brigade.db");
        using var database = TestDatabase.Open(path);
        Assert.True(File.Exists(path));
        Assert.Equal(path, database.Path);
    }

    [Fact]
    public async Task A_second_instance_on_the_same_file_is_refused_until_the_first_is_disposed()
    {
        var first = TestDatabase.Open(temp.DatabasePath);

        var refused = Assert.Throws<DatabaseLockedException>(() => TestDatabase.Open(temp.DatabasePath));
        Assert.Contains(temp.DatabasePath, refused.Message);
        Assert.Contains(temp.DatabasePath + ".lock", refused.Message);
        Assert.Contains("Storage:DatabasePath", refused.Message);

        first.Dispose();
        using var second = TestDatabase.Open(temp.DatabasePath);
        Assert.Equal(0, (await second.ReadAsync(db => db.GetCollection("notes").Count())));
    }

    [Fact]
    public async Task A_change_that_throws_is_rolled_back_and_the_writer_still_works()
    {
        using (var database = TestDatabase.Open(temp.DatabasePath))
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.WriteAsync(db =>
            {
                db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "lost" });
                db.GetCollection("counters").Insert(new BsonDocument { ["_id"] = "lost", ["n"] = 1 });
                throw new InvalidOperationException("la place est prise");
            }, default));
            Assert.Equal("la place est prise", error.Message);
            Assert.Null(await database.ReadAsync(db => db.GetCollection("notes").FindById("lost")));

            await database.WriteAsync(db => db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "kept" }), default);
        }

        using var reopened = TestDatabase.Open(temp.DatabasePath);
        Assert.Equal(["kept"], (await reopened.ReadAsync(db => db.GetCollection("notes").FindAll().Select(d => d["_id"].AsString).ToList())));
        Assert.Equal(0, (await reopened.ReadAsync(db => db.GetCollection("counters").Count())));
    }

    [Fact]
    public async Task Writing_from_inside_a_change_is_refused_instead_of_deadlocking()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        await Assert.ThrowsAsync<InvalidOperationException>(() => database.WriteAsync(db =>
        {
            db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "outer" });
            return database.WriteAsync(inner => inner.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "inner" }), default);
        }, default));

        Assert.Equal(0, (await database.ReadAsync(db => db.GetCollection("notes").Count())));
    }

    [Fact]
    public async Task A_cancelled_write_does_not_run()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            database.WriteAsync(db => db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "x" }), new CancellationToken(canceled: true)));
        Assert.Equal(0, (await database.ReadAsync(db => db.GetCollection("notes").Count())));
    }

    [Fact]
    public async Task A_read_refuses_a_lazy_cursor()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        await Assert.ThrowsAsync<InvalidOperationException>(() => database.ReadAsync(db => db.GetCollection("notes").FindAll()));
        Assert.Empty(await database.ReadAsync(db => db.GetCollection("notes").FindAll().ToList()));
        Assert.Empty(await database.ReadAsync(db => db.GetCollection("notes").FindAll().ToHashSet()));
    }

    [Fact]
    public async Task Each_write_is_checkpointed_into_the_data_file()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        await database.WriteAsync(db => db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = "a" }), default);

        // Nothing left only in the -log file: the commit reached the fsynced data file.
        var log = Path.Combine(temp.Path, "brigade-log.db");
        Assert.True(!File.Exists(log) || new FileInfo(log).Length == 0);
    }

    [Fact]
    public async Task The_file_uses_a_french_canadian_exact_collation()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        Assert.Equal("fr-CA/None", (await database.ReadAsync(db => db.Collation.ToString())));
    }

    [Fact]
    public async Task Ids_that_differ_only_by_case_or_accent_are_different_documents()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        await database.WriteAsync(db =>
        {
            var themes = db.GetCollection("themes");
            themes.Insert(new BsonDocument { ["_id"] = "ecole" });
            themes.Insert(new BsonDocument { ["_id"] = "École" });
            themes.Insert(new BsonDocument { ["_id"] = "ECOLE" });
        }, default);
        Assert.Equal(3, (await database.ReadAsync(db => db.GetCollection("themes").Count())));
    }
}
