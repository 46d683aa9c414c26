using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Tests.Storage;

public sealed class ParallelWritersTests : IDisposable
{
    private const int Writers = 8;
    private const int WritesEach = 500;
    private static readonly string[] DocumentCollections = ["alpha", "beta", "gamma"];
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Parallel_writers_over_four_collections_lose_nothing_and_the_file_reopens_clean()
    {
        using (var database = TestDatabase.Open(temp.DatabasePath))
        {
            using var writersDone = new CancellationTokenSource();
            var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                // Readers see only committed states, and the shared counter never goes back.
                long last = 0;
                while (!writersDone.IsCancellationRequested)
                {
                    var total = await database.ReadAsync(db => Counter(db, "total"));
                    Assert.True(total >= last, $"total went from {last} to {total}");
                    last = total;
                    await Task.Yield();
                }
            })).ToArray();

            var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                for (var seq = 0; seq < WritesEach; seq++)
                {
                    var collection = DocumentCollections[(writer + seq) % DocumentCollections.Length];
                    var (w, s) = (writer, seq);
                    await database.WriteAsync(db =>
                    {
                        db.GetCollection(collection).Insert(Document(w, s));
                        Increment(db, "total");
                        Increment(db, collection);
                        Increment(db, $"writer-{w}");
                    }, default);
                }
            })).ToArray();

            await Task.WhenAll(writers);
            writersDone.Cancel();
            await Task.WhenAll(readers);
            await AssertEverythingIsThereAsync(database);
        }

        using (var reopened = TestDatabase.Open(temp.DatabasePath))
            await AssertEverythingIsThereAsync(reopened);

        // A rebuild reads every page and index back through the engine: a corrupt file throws here.
        using (var raw = new LiteDatabase(new ConnectionString { Filename = temp.DatabasePath, Connection = ConnectionType.Direct }))
            raw.Rebuild(new LiteDB.Engine.RebuildOptions { Collation = BrigadeDatabase.FileCollation });
        using (var rebuilt = TestDatabase.Open(temp.DatabasePath))
        {
            await AssertEverythingIsThereAsync(rebuilt);
            Assert.Equal("fr-CA/None", (await rebuilt.ReadAsync(db => db.Collation.ToString())));
        }
    }

    private static async Task AssertEverythingIsThereAsync(BrigadeDatabase database)
    {
        const int all = Writers * WritesEach;
        Assert.Equal(all, (await database.ReadAsync(db => Counter(db, "total"))));
        Assert.Equal(all, (await database.ReadAsync(db => DocumentCollections.Sum(c => db.GetCollection(c).Count()))));
        foreach (var collection in DocumentCollections)
            Assert.Equal(await database.ReadAsync(db => db.GetCollection(collection).Count()), (await database.ReadAsync(db => Counter(db, collection))));

        await database.ReadAsync(db =>
        {
            for (var writer = 0; writer < Writers; writer++)
            {
                Assert.Equal(WritesEach, Counter(db, $"writer-{writer}"));
                for (var seq = 0; seq < WritesEach; seq++)
                {
                    var collection = DocumentCollections[(writer + seq) % DocumentCollections.Length];
                    Assert.Equal(Document(writer, seq), db.GetCollection(collection).FindById($"{writer}-{seq}"));
                }
            }
            return true;
        });
    }

    private static BsonDocument Document(int writer, int seq) => new()
    {
        ["_id"] = $"{writer}-{seq}",
        ["writer"] = writer,
        ["seq"] = seq,
        ["payload"] = new string((char)('a' + writer), 200),
    };

    private static long Counter(ILiteDatabase db, string name) =>
        db.GetCollection("counters").FindById(name)?["n"].AsInt64 ?? 0;

    private static void Increment(ILiteDatabase db, string name)
    {
        var counters = db.GetCollection("counters");
        var counter = counters.FindById(name) ?? new BsonDocument { ["_id"] = name, ["n"] = 0L };
        counter["n"] = counter["n"].AsInt64 + 1;
        counters.Upsert(counter);
    }
}
