namespace BrigadeBot.Tests;

/// <summary>Files of the repository the tests check against the code (docs, deployment files).</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BrigadeBot.sln"))) folder = folder.Parent;
            return folder?.FullName ?? throw new InvalidOperationException("Repository root not found.");
        }
    }

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
