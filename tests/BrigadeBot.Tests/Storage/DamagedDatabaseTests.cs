using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Tests.Storage;

/// <summary>The built bot started on a damaged database file.</summary>
public sealed class DamagedDatabaseTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    /// <summary>A database of a few pages, with one data page overwritten by garbage (a bad disk block, say).</summary>
    internal static async Task DamageAsync(string path)
    {
        using (var database = TestDatabase.Open(path))
            await database.WriteAsync(db => db.GetCollection("notes")
                .InsertBulk(Enumerable.Range(0, 200).Select(i => new BsonDocument { ["n"] = i, ["text"] = new string('x', 500) })), default);
        await using var file = new FileStream(path, FileMode.Open);
        file.Position = 4 * 8192;
        await file.WriteAsync(Enumerable.Repeat((byte)0xAB, 4096).ToArray());
    }

    [Fact]
    public async Task The_bot_exits_with_1_and_says_how_to_restore_the_last_backup_without_touching_the_file()
    {
        await DamageAsync(temp.DatabasePath);
        var backups = Path.Combine(temp.Path, "backups");
        Directory.CreateDirectory(backups);
        var older = Path.Combine(backups, "brigade-20261202T083000Z.db");
        var latest = Path.Combine(backups, "brigade-20261203T083000Z.db");
        File.WriteAllText(older, "");
        File.WriteAllText(latest, "");
        var before = await File.ReadAllBytesAsync(temp.DatabasePath);

        await using var bot = BotProcess.Start(new Dictionary<string, string> { ["Storage__DatabasePath"] = temp.DatabasePath });

        Assert.Equal(1, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var message = Assert.Single(bot.Output, line => line.StartsWith("BrigadeBot cannot start"));
        Assert.Contains($"The database {temp.DatabasePath} is damaged", message);
        Assert.Contains($"`{BotProcess.RestoreCommand} {latest}`", message);
        Assert.DoesNotContain(bot.Output, line => line.Contains("Unhandled exception"));
        Assert.Equal(before, await File.ReadAllBytesAsync(temp.DatabasePath));
        Assert.False(File.Exists(Path.Combine(temp.Path, "brigade-log.db")));
    }

    [Fact]
    public async Task In_process_the_check_refuses_the_file_before_LiteDB_opens_it_for_writing()
    {
        await DamageAsync(temp.DatabasePath);
        var before = await File.ReadAllBytesAsync(temp.DatabasePath);

        var error = Assert.Throws<DatabaseDamagedException>(() => TestDatabase.Open(temp.DatabasePath));

        Assert.Equal(temp.DatabasePath, error.DatabasePath);
        Assert.Contains("No backup was found", error.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(temp.DatabasePath));
    }
}
