namespace BrigadeBot.Storage;

/// <summary>Another process holds the database's lock file: this one must not open the database.</summary>
public sealed class DatabaseLockedException(string databasePath, string lockPath, Exception inner)
    : Exception(
        $"Another BrigadeBot instance is using {databasePath} (lock file {lockPath}). " +
        $"Stop it or set {StorageOptions.Section}:{nameof(StorageOptions.DatabasePath)} to another file.",
        inner)
{
    public string DatabasePath { get; } = databasePath;
    public string LockPath { get; } = lockPath;
}
