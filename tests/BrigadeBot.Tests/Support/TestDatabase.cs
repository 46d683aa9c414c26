using BrigadeBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Tests.Support;

internal static class TestDatabase
{
    public static BrigadeDatabase Open(string path) =>
        new(Options.Create(new StorageOptions { DatabasePath = path }), NullLogger<BrigadeDatabase>.Instance);
}
