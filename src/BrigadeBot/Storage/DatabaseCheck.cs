using LiteDB;

namespace BrigadeBot.Storage;

/// <summary>
/// Opens a database file read-only and reads every document of every collection. Read-only, LiteDB writes nothing
/// (not even the replay of a pending log), so a damaged file stays as it was for whoever investigates; opened for
/// writing, LiteDB 5.0.21 was seen to rewrite pages of a damaged file before failing.
/// </summary>
internal static class DatabaseCheck
{
    /// <summary>Documents per collection; throws <see cref="DatabaseDamagedException"/> when the file cannot be read whole.</summary>
    public static SortedDictionary<string, int> CountDocuments(string path, string backupFolder)
    {
        try
        {
            using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in db.GetCollectionNames())
                counts[name] = db.GetCollection(name).FindAll().Count(); // reads each document, not only the index
            return counts;
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw new DatabaseDamagedException(path, backupFolder, ex);
        }
    }

    /// <summary>Checks an existing, non-empty database file before LiteDB opens it for writing.</summary>
    public static void ThrowIfDamaged(string path, string backupFolder)
    {
        if (File.Exists(path) && new FileInfo(path).Length > 0)
            CountDocuments(path, backupFolder);
    }

    // A missing file or a permission problem is not damage and keeps its own message; a file cut short is.
    private static bool IsDamage(Exception ex) =>
        ex is EndOfStreamException || ex is not (IOException or UnauthorizedAccessException or OutOfMemoryException);
}
