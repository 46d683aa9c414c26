using BrigadeBot.Storage;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BrigadeBot.Tests.Storage;

/// <summary><c>dotnet BrigadeBot.dll restore &lt;file&gt;</c>, run as the operator runs it.</summary>
public sealed class RestoreCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private Dictionary<string, string> Environment => new() { ["Storage__DatabasePath"] = temp.DatabasePath };

    private static Task AddNoteAsync(BrigadeDatabase database, string text) =>
        database.WriteAsync(db => db.GetCollection("notes").Insert(new BsonDocument { ["text"] = text }), default);

    /// <summary>A database with one note, its backup, then a second note written after the backup.</summary>
    private async Task<string> BackupThenMoreAsync()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        await AddNoteAsync(database, "before the backup");
        var backup = new DatabaseBackup(database, Options.Create(new StorageOptions { DatabasePath = temp.DatabasePath }),
            new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 8, 30, 0, TimeSpan.Zero)), NullLogger<DatabaseBackup>.Instance);
        var result = await backup.RunAsync(default);
        await AddNoteAsync(database, "after the backup");
        return result.Path;
    }

    private List<string> Notes()
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = temp.DatabasePath, ReadOnly = true });
        return db.GetCollection("notes").FindAll().Select(d => d["text"].AsString).ToList();
    }

    private static async Task<(int ExitCode, IReadOnlyList<string> Output)> RestoreAsync(Dictionary<string, string> environment, string file)
    {
        await using var restore = BotProcess.Start(environment, "restore", file);
        var exitCode = await restore.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, restore.Output);
    }

    [Fact]
    public async Task Restoring_a_backup_brings_the_database_back_to_it_and_keeps_the_replaced_file()
    {
        var backup = await BackupThenMoreAsync();
        Assert.Equal(["before the backup", "after the backup"], Notes());

        var (exitCode, output) = await RestoreAsync(Environment, backup);

        Assert.Equal(0, exitCode);
        Assert.Contains(output, line => line.Contains($"Restored {backup} into {temp.DatabasePath}") && line.Contains("notes=1"));
        Assert.Equal(["before the backup"], Notes());
        var aside = Assert.Single(Directory.GetFiles(temp.Path, "brigade.db.before-restore-*"));
        using (var replaced = new LiteDatabase(new ConnectionString { Filename = aside, ReadOnly = true }))
            Assert.Equal(2, replaced.GetCollection("notes").Count());
        using var reopened = TestDatabase.Open(temp.DatabasePath); // the bot starts on it
        Assert.Equal(1, await reopened.ReadAsync(db => db.GetCollection("notes").Count()));
    }

    [Fact]
    public async Task Restore_refuses_while_the_bot_holds_the_database()
    {
        var backup = await BackupThenMoreAsync();
        using var running = TestDatabase.Open(temp.DatabasePath);

        var (exitCode, output) = await RestoreAsync(Environment, backup);

        Assert.Equal(1, exitCode);
        Assert.Contains(output, line => line.StartsWith("Nothing restored") && line.Contains("Another BrigadeBot instance"));
        Assert.Equal(2, await running.ReadAsync(db => db.GetCollection("notes").Count()));
    }

    [Fact]
    public async Task Restore_refuses_a_damaged_backup_and_changes_nothing()
    {
        await BackupThenMoreAsync();
        var damaged = Path.Combine(temp.Path, "damaged.db");
        await DamagedDatabaseTests.DamageAsync(damaged);
        var before = await File.ReadAllBytesAsync(temp.DatabasePath);

        var (exitCode, output) = await RestoreAsync(Environment, damaged);

        Assert.Equal(1, exitCode);
        Assert.Contains(output, line => line.StartsWith("Nothing restored") && line.Contains(damaged) && line.Contains("nothing was changed"));
        Assert.Equal(before, await File.ReadAllBytesAsync(temp.DatabasePath));
        Assert.Empty(Directory.GetFiles(temp.Path, "*before-restore*"));
    }
}
