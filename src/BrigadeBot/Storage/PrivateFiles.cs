namespace BrigadeBot.Storage;

/// <summary>
/// Members' data is readable by the bot's user only (Unix): folders the bot creates are 0700, its files 0600. Windows
/// keeps its inherited ACLs.
/// </summary>
internal static class PrivateFiles
{
    public const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder and its missing parents 0700; an existing folder keeps its mode (it may be shared).</summary>
    public static void CreateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }
        var missing = new Stack<string>();
        for (var level = Path.GetFullPath(folder); !Directory.Exists(level); level = Path.GetDirectoryName(level)!)
            missing.Push(level);
        while (missing.TryPop(out var level))
            Directory.CreateDirectory(level, OwnerOnlyFolder); // applies the mode to the last level only
    }

    /// <summary>
    /// Creates each missing file empty and 0600, and narrows an existing one to 0600. LiteDB then opens what is there
    /// (an empty data file is a new database; it deletes an empty log at close, and this recreates it at the next
    /// start), so its files never exist with the default 0644.
    /// </summary>
    public static void Prepare(params string[] paths)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path))
                new FileStream(path, Options(FileMode.OpenOrCreate, FileShare.ReadWrite)).Dispose();
            else if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(path, OwnerOnlyFile);
        }
    }

    /// <summary>
    /// Copies <paramref name="source"/> into a new file, 0600 from its creation (no moment where another user could open
    /// it), and fsyncs it, so a rename afterwards publishes bytes that are on disk. Returns its length.
    /// </summary>
    public static long Copy(string source, string destination)
    {
        using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var output = new FileStream(destination, Options(FileMode.CreateNew, FileShare.None));
        input.CopyTo(output);
        output.Flush(flushToDisk: true);
        return output.Length;
    }

    private static FileStreamOptions Options(FileMode mode, FileShare share)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = share };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnlyFile;
        return options;
    }
}
