using System.Globalization;

namespace BrigadeBot.Storage;

/// <summary>
/// How backups are named: <c>&lt;database name&gt;-&lt;UTC time&gt;.db</c>, so a name sorts by age. A copy being
/// written ends in <c>.tmp</c> until it is verified and renamed: a name without it is always a whole copy.
/// </summary>
internal static class BackupFiles
{
    private const string TimeFormat = "yyyyMMdd'T'HHmmss'Z'";
    public const string TempSuffix = ".tmp";

    public static string PathFor(string folder, string databasePath, DateTimeOffset takenUtc) =>
        Path.Combine(folder, Prefix(databasePath) + Stamp(takenUtc) + Path.GetExtension(databasePath));

    /// <summary>A UTC time as it appears in file names: <c>20261205T083000Z</c>.</summary>
    public static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>The finished backups of this database in <paramref name="folder"/>, oldest first.</summary>
    public static IReadOnlyList<(string Path, DateTimeOffset TakenUtc)> List(string folder, string databasePath)
    {
        if (!Directory.Exists(folder)) return [];
        var prefix = Prefix(databasePath);
        var backups = new List<(string Path, DateTimeOffset TakenUtc)>();
        foreach (var path in Directory.EnumerateFiles(folder, prefix + "*" + Path.GetExtension(databasePath)))
            if (DateTimeOffset.TryParseExact(Path.GetFileNameWithoutExtension(path)[prefix.Length..], TimeFormat,
                    CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var taken))
                backups.Add((path, taken));
        return backups.OrderBy(b => b.TakenUtc).ToList();
    }

    /// <summary>Copies left by a backup that died half-way (<c>kill -9</c>, a full disk).</summary>
    public static IEnumerable<string> Unfinished(string folder, string databasePath) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, Prefix(databasePath) + "*" + TempSuffix)
            : [];

    private static string Prefix(string databasePath) => Path.GetFileNameWithoutExtension(databasePath) + "-";
}
