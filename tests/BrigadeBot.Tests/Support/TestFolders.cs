namespace BrigadeBot.Tests.Support;

/// <summary>
/// Data folders that tests keep across restarts of the bot, all under one folder per test run: a test cannot remove
/// its own, since a restarted bot reuses it, and a run starts about five hundred bots. The run's folder is removed when
/// its process exits, and the next run removes those of runs whose process is gone (a test host may be killed).
/// </summary>
public static class TestFolders
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private static readonly Lazy<string> Run = new(CreateRun);

    /// <summary>A new empty folder, readable by its owner only, named after <paramref name="prefix"/>.</summary>
    public static string Create(string prefix) =>
        CreateOwnerOnly(Path.Combine(Run.Value, prefix + Guid.NewGuid().ToString("N")[..12]));

    private const string RunPrefix = "brigade-test-run-";

    private static string CreateRun()
    {
        RemoveEndedRuns();
        var run = CreateOwnerOnly(Path.Combine(Path.GetTempPath(), $"{RunPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(run, recursive: true); }
            catch (IOException) { } // a bot still running from a failed test; the OS empties its temp folder anyway
            catch (UnauthorizedAccessException) { }
        };
        return run;
    }

    private static void RemoveEndedRuns()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), RunPrefix + "*"))
        {
            var pid = Path.GetFileName(folder)[RunPrefix.Length..].Split('-')[0];
            if (!int.TryParse(pid, out var id) || IsRunning(id)) continue;
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    // A process that has ended but not been reaped yet (state Z) has ended too.
    private static bool IsRunning(int pid)
    {
        if (OperatingSystem.IsLinux())
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat)) return false;
            try { return !File.ReadAllText(stat).Split(") ").Last().StartsWith('Z'); }
            catch (IOException) { return false; }
        }
        try { return !System.Diagnostics.Process.GetProcessById(pid).HasExited; }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    private static string CreateOwnerOnly(string path) =>
        OperatingSystem.IsWindows() ? Directory.CreateDirectory(path).FullName : Directory.CreateDirectory(path, OwnerOnly).FullName;
}
