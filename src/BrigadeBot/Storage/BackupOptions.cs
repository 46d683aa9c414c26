namespace BrigadeBot.Storage;

/// <summary>The <c>Storage:Backup</c> section: when the database is copied, where to, and how many copies stay.</summary>
public sealed class BackupOptions
{
    public const string Section = StorageOptions.Section + ":Backup";
    public const string DefaultCron = "0 30 3 * * ?";
    public const int MaxKeep = 28;

    /// <summary>A Quartz cron expression read in <c>Brigade:TimeZone</c>; blank turns backups off.</summary>
    public string? Cron { get; set; } = DefaultCron;

    /// <summary>Where the copies go; blank means a <c>backups</c> folder beside the database.</summary>
    public string? Folder { get; set; } = "";

    /// <summary>
    /// How many copies stay, and how many days the oldest may be: an erased or expired record leaves the last copy
    /// at most this many days later. At most <see cref="MaxKeep"/>, so it fits in the shortest retention (one month).
    /// </summary>
    public int Keep { get; set; } = 14;

    public bool Enabled => !string.IsNullOrWhiteSpace(Cron);

    /// <summary>The backup folder, absolute.</summary>
    public string FullFolder(string databasePath) => string.IsNullOrWhiteSpace(Folder)
        ? Path.Combine(Path.GetDirectoryName(databasePath)!, "backups")
        : Path.GetFullPath(Folder.Trim());
}
