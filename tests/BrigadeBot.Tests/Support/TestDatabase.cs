using BrigadeBot.Storage;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Tests.Support;

internal static class TestDatabase
{
    public static BrigadeDatabase Open(string path) =>
        new(Options.Create(new StorageOptions { DatabasePath = path }), NullLogger<BrigadeDatabase>.Instance);

    /// <summary>
    /// For assertions in helpers that many tests call synchronously: the read waited for on the test thread. The
    /// database's waits never need the caller's context, so this cannot deadlock.
    /// </summary>
    public static T ReadNow<T>(this BrigadeDatabase database, Func<ILiteDatabase, T> query) =>
        database.ReadAsync(query).GetAwaiter().GetResult();

    /// <summary>
    /// Holds the writer inside a first change until the returned event is set: what is queued meanwhile makes one batch
    /// with it. The held change writes <paramref name="note"/> (when given) into « notes »; it may run twice, as any change.
    /// </summary>
    public static async Task<(Task First, ManualResetEventSlim Release)> HoldWriterAsync(this BrigadeDatabase database, string? note = "first")
    {
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new ManualResetEventSlim();
        var first = database.WriteAsync(db =>
        {
            running.TrySetResult();
            release.Wait();
            if (note is not null) db.GetCollection("notes").Upsert(new BsonDocument { ["_id"] = note });
        }, default);
        await running.Task;
        return (first, release);
    }

    /// <summary>Writes a note with that id into « notes ».</summary>
    public static Task NoteAsync(this BrigadeDatabase database, string id) =>
        database.WriteAsync(db => db.GetCollection("notes").Insert(new BsonDocument { ["_id"] = id }), default);
}
