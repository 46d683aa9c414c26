using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Tests.Storage;

/// <summary>The built bot killed with SIGKILL while it writes a backup.</summary>
public sealed class BackupKillTests : IDisposable
{
    private const int Documents = 20_000; // about 20 MB: a copy takes long enough to be caught half-way
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Kill_9_during_a_backup_leaves_the_earlier_backups_and_the_database_whole()
    {
        using (var database = TestDatabase.Open(temp.DatabasePath))
            await database.WriteAsync(db => db.GetCollection("ballast")
                .InsertBulk(Enumerable.Range(0, Documents).Select(i => new BsonDocument { ["n"] = i, ["text"] = new string('x', 1000) })), default);
        var backups = Path.Combine(temp.Path, "backups");
        Directory.CreateDirectory(backups);
        TaskCompletionSource finished = new(), secondStarted = new();
        using var watcher = new FileSystemWatcher(backups) { IncludeSubdirectories = false };
        watcher.Renamed += (_, e) => { if (e.Name!.EndsWith(".db")) finished.TrySetResult(); };
        watcher.Created += (_, e) => { if (e.Name!.EndsWith(".tmp") && finished.Task.IsCompleted) secondStarted.TrySetResult(); };
        watcher.EnableRaisingEvents = true;

        // The kill must land while a copy is being written. On a machine busy with other tests the copy (and its check)
        // can end before the kill arrives: then the bot starts again and the next copy is tried, a few times.
        for (var attempt = 1; Directory.GetFiles(backups, "*.tmp").Length == 0; attempt++)
        {
            Assert.True(attempt <= 5, "the kill never landed half-way through a copy");
            finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using var bot = BotProcess.Start(new Dictionary<string, string>
            {
                ["Storage__DatabasePath"] = temp.DatabasePath,
                ["Storage__Backup__Cron"] = "* * * * * ?", // every second
                ["Storage__Backup__Keep"] = "3",
            });
            await bot.WaitStartedAsync();
            await finished.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await secondStarted.Task.WaitAsync(TimeSpan.FromSeconds(60));
            bot.Kill();
            await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        var whole = Directory.GetFiles(backups, "*.db");
        Assert.NotEmpty(whole);
        foreach (var backup in whole)
            Assert.Equal(Documents, DatabaseCheck.CountDocuments(backup, backups)["ballast"]);
        using var reopened = TestDatabase.Open(temp.DatabasePath);
        Assert.Equal(Documents, await reopened.ReadAsync(db => db.GetCollection("ballast").Count()));
    }
}
