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
}
