namespace BrigadeBot.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file; a relative path is relative to the current directory. Its folder is created if missing.</summary>
    public string DatabasePath { get; set; } = "data/brigade.db";

    public BackupOptions Backup { get; set; } = new();

    /// <summary><see cref="DatabasePath"/> made absolute against the current directory.</summary>
    public string FullPath => Path.GetFullPath(DatabasePath);

    /// <summary>Where the backups of this database go, absolute.</summary>
    public string BackupFolder => Backup.FullFolder(FullPath);
}
