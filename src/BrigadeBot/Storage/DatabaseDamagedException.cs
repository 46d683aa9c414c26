namespace BrigadeBot.Storage;

/// <summary>A database file LiteDB cannot read whole. Nothing was written to it.</summary>
public sealed class DatabaseDamagedException(string databasePath, string backupFolder, Exception inner)
    : Exception(Explain(databasePath, backupFolder, inner), inner)
{
    public string DatabasePath { get; } = databasePath;

    private static string Explain(string databasePath, string backupFolder, Exception inner)
    {
        var latest = BackupFiles.List(backupFolder, databasePath).LastOrDefault().Path;
        var restore = latest is null
            ? $"No backup was found in {backupFolder}; restore one from elsewhere with `{RestoreCommandLine.Current} <backup file>`."
            : $"Restore the last backup with `{RestoreCommandLine.Current} {latest}` (it checks the copy first and sets the damaged file aside).";
        return $"The database {databasePath} is damaged and was left untouched ({inner.GetType().Name}: {inner.Message}). "
            + $"To recover: keep the bot stopped. {restore} Then start the bot again.";
    }
}
