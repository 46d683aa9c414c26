using Microsoft.Extensions.Options;

namespace BrigadeBot.Storage;

/// <summary>
/// Copies the database, whole and consistent, into the backup folder, checks the copy, and keeps the newest
/// <c>Storage:Backup:Keep</c> copies, none older than that many days. The copy is written as <c>.tmp</c>, fsynced,
/// checked and only then renamed: a crash at any point leaves the earlier backups and the database as they were.
/// </summary>
public sealed class DatabaseBackup(BrigadeDatabase database, IOptions<StorageOptions> options, TimeProvider time,
    ILogger<DatabaseBackup> log)
{
    private readonly SemaphoreSlim running = new(1, 1); // one backup at a time: each cleans up the other's unfinished copy

    public async Task<BackupResult> RunAsync(CancellationToken ct)
    {
        await running.WaitAsync(ct);
        try
        {
            return await BackUpAsync(ct);
        }
        finally
        {
            running.Release();
        }
    }

    private async Task<BackupResult> BackUpAsync(CancellationToken ct)
    {
        var storage = options.Value;
        var folder = storage.BackupFolder;
        PrivateFiles.CreateFolder(folder);
        foreach (var unfinished in BackupFiles.Unfinished(folder, database.Path))
            File.Delete(unfinished);

        var now = time.GetUtcNow();
        var target = BackupFiles.PathFor(folder, database.Path, now);
        var temp = target + BackupFiles.TempSuffix;
        var bytes = await database.RunExclusiveAfterCheckpointAsync(_ => PrivateFiles.Copy(database.Path, temp), ct);
        try
        {
            var counts = DatabaseCheck.CountDocuments(temp, folder);
            File.Move(temp, target, overwrite: true);
            var removed = Prune(folder, storage.Backup.Keep, now);
            log.LogInformation("Backup written and verified: {Path}, {Bytes} bytes, {Documents} ({Removed} old copies removed)",
                target, bytes, string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}")), removed);
            return new BackupResult(target, bytes, counts);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private int Prune(string folder, int keep, DateTimeOffset now)
    {
        var backups = BackupFiles.List(folder, database.Path);
        var stale = backups.Take(Math.Max(0, backups.Count - keep))
            .Concat(backups.Where(b => b.TakenUtc < now.AddDays(-keep)))
            .Select(b => b.Path)
            .Distinct()
            .ToList();
        foreach (var path in stale) File.Delete(path);
        return stale.Count;
    }
}
