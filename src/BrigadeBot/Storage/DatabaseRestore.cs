namespace BrigadeBot.Storage;

/// <summary>
/// Puts a backup in place of the database, while no bot runs on it. The backup is checked before anything changes;
/// the replaced file (and its log) are kept beside it. Interrupted at any point, running it again finishes the job:
/// the database file is always either the old one or the restored one, never a part of either.
/// </summary>
public static class DatabaseRestore
{
    public static RestoreResult Run(string backupPath, StorageOptions storage, TimeProvider time)
    {
        var database = storage.FullPath;
        var backup = Path.GetFullPath(backupPath);
        if (!File.Exists(backup))
            throw new RestoreRefusedException($"There is no file {backup}; nothing was changed.");

        PrivateFiles.CreateFolder(Path.GetDirectoryName(database)!);
        PrivateFiles.Prepare(database + ".lock");
        using var _ = DatabaseLockFile.Acquire(database); // refuses while the bot runs, and keeps it from starting meanwhile

        SortedDictionary<string, int> documents;
        try
        {
            documents = DatabaseCheck.CountDocuments(backup, storage.BackupFolder);
        }
        catch (DatabaseDamagedException damaged)
        {
            throw new RestoreRefusedException(
                $"The backup {backup} cannot be read whole ({damaged.InnerException?.Message}); nothing was changed. Pick an earlier one.");
        }

        var temp = database + ".restore" + BackupFiles.TempSuffix;
        File.Delete(temp);
        PrivateFiles.Copy(backup, temp);

        var stamp = BackupFiles.Stamp(time.GetUtcNow());
        var log = BrigadeDatabase.LogPathOf(database);
        var keptAside = new List<string>();
        foreach (var file in new[] { database, log })
        {
            if (!File.Exists(file) || new FileInfo(file).Length == 0) continue;
            var aside = $"{file}.before-restore-{stamp}";
            File.Delete(aside);
            PrivateFiles.Copy(file, aside);
            keptAside.Add(aside);
        }
        // The old log goes first: replayed onto the restored file, its pages would damage it.
        File.Delete(log);
        File.Move(temp, database, overwrite: true);
        return new RestoreResult(backup, database, documents, keptAside);
    }
}
