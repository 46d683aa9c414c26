namespace BrigadeBot.Tests.Support;

/// <summary>The checkout the tests run from, for the tests that read its files.</summary>
public static class Repository
{
    /// <summary>The folder holding <c>BrigadeBot.sln</c>.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BrigadeBot.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
