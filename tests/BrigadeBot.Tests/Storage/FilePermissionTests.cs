using LiteDB;

namespace BrigadeBot.Tests.Storage;

/// <summary>Members' data is readable by the bot's user only: folder 0700, database, log, lock and backups 0600.</summary>
public sealed class FilePermissionTests : IDisposable
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task The_data_folder_is_0700_and_every_file_of_the_database_0600()
    {
        if (OperatingSystem.IsWindows()) return;
        var data = Path.Combine(temp.Path, "data", "nested");
        var path = Path.Combine(data, "brigade.db");
        using (var database = TestDatabase.Open(path))
        {
            await database.WriteAsync(db => db.GetCollection("notes").Insert(new BsonDocument { ["n"] = 1 }), default);

            Assert.Equal(Folder, File.GetUnixFileMode(data));
            Assert.Equal(Folder, File.GetUnixFileMode(Path.GetDirectoryName(data)!));
            foreach (var file in new[] { path, path + ".lock", Path.Combine(data, "brigade-log.db") })
                Assert.True(File600 == File.GetUnixFileMode(file), $"{Path.GetFileName(file)} is {File.GetUnixFileMode(file)}");
        }
    }

    [Fact]
    public void Files_an_earlier_version_left_readable_by_all_are_narrowed_at_start()
    {
        if (OperatingSystem.IsWindows()) return;
        using (TestDatabase.Open(temp.DatabasePath)) { }
        var everyone = File600 | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(temp.DatabasePath, everyone);
        File.SetUnixFileMode(temp.DatabasePath + ".lock", everyone);

        using var _ = TestDatabase.Open(temp.DatabasePath);

        Assert.Equal(File600, File.GetUnixFileMode(temp.DatabasePath));
        Assert.Equal(File600, File.GetUnixFileMode(temp.DatabasePath + ".lock"));
    }
}
