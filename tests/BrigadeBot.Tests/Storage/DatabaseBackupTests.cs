using BrigadeBot.Scheduling;
using BrigadeBot.Storage;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BrigadeBot.Tests.Storage;

public sealed class DatabaseBackupTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero)); // 3:00 in Toronto

    public void Dispose() => temp.Dispose();

    private string Backups => Path.Combine(temp.Path, "backups");

    private IHost Host(Dictionary<string, string?>? settings = null) => TestHost.Build(temp.DatabasePath, clock, services => services.AddDatabaseBackups(), settings);

    [Fact]
    public async Task A_backup_holds_every_committed_write_and_is_checked_by_opening_it()
    {
        using var host = Host();
        await host.StartAsync();
        var database = host.Services.GetRequiredService<BrigadeDatabase>();
        await database.WriteAsync(db => db.GetCollection("notes").InsertBulk(Enumerable.Range(0, 50).Select(i => new BsonDocument { ["n"] = i })), default);

        var result = await host.Services.GetRequiredService<DatabaseBackup>().RunAsync(default);

        Assert.Equal(Path.Combine(Backups, "brigade-20261204T080000Z.db"), result.Path);
        Assert.Equal(50, result.Documents["notes"]);
        Assert.Equal([result.Path], Directory.GetFiles(Backups));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(result.Path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Backups));
        }
        using var copy = new LiteDatabase(new ConnectionString { Filename = result.Path, ReadOnly = true });
        Assert.Equal(50, copy.GetCollection("notes").Count());
        await host.StopAsync();
    }

    [Fact]
    public async Task Keep_copies_stay_and_none_older_than_Keep_days()
    {
        using var host = Host(new() { ["Storage:Backup:Keep"] = "3", ["Storage:Backup:Cron"] = "" }); // only the runs below
        await host.StartAsync();
        var backup = host.Services.GetRequiredService<DatabaseBackup>();
        for (var night = 0; night < 5; night++)
        {
            await backup.RunAsync(default);
            clock.Advance(TimeSpan.FromDays(1));
        }
        Assert.Equal(["brigade-20261206T080000Z.db", "brigade-20261207T080000Z.db", "brigade-20261208T080000Z.db"],
            Directory.GetFiles(Backups).Select(Path.GetFileName).Order());

        clock.Advance(TimeSpan.FromDays(10)); // nights without backups (the bot was down): old copies still expire
        await backup.RunAsync(default);
        Assert.Equal(["brigade-20261219T080000Z.db"], Directory.GetFiles(Backups).Select(Path.GetFileName));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_copy_left_half_written_is_removed_by_the_next_backup_and_never_counted_as_one()
    {
        Directory.CreateDirectory(Backups);
        var unfinished = Path.Combine(Backups, "brigade-20261203T080000Z.db.tmp");
        await File.WriteAllBytesAsync(unfinished, new byte[100]);
        using var host = Host();
        await host.StartAsync();

        await host.Services.GetRequiredService<DatabaseBackup>().RunAsync(default);

        Assert.False(File.Exists(unfinished));
        Assert.Single(Directory.GetFiles(Backups));
        await host.StopAsync();
    }

    [Fact]
    public async Task The_backup_runs_at_3_30_in_the_Brigade_time_zone_by_default()
    {
        using var host = Host();
        await host.StartAsync();

        var next = await host.Services.GetRequiredService<IBrigadeScheduler>().NextFireTimeAsync(DatabaseBackupJob.Key, default);

        Assert.Equal(new DateTimeOffset(2026, 12, 4, 8, 30, 0, TimeSpan.Zero), next); // 3:30 EST
        await host.StopAsync();
    }

    [Fact]
    public async Task A_blank_cron_turns_backups_off()
    {
        using var host = Host(new() { ["Storage:Backup:Cron"] = "" });
        await host.StartAsync();

        Assert.Null(await host.Services.GetRequiredService<IBrigadeScheduler>().NextFireTimeAsync(DatabaseBackupJob.Key, default));
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Storage:Backup:Cron", "every night", "Storage:Backup:Cron")]
    [InlineData("Storage:Backup:Keep", "0", "Storage:Backup:Keep")]
    [InlineData("Storage:Backup:Keep", "29", "Storage:Backup:Keep")]
    [InlineData("Storage:DatabasePath", " ", "Storage:DatabasePath")]
    public void A_malformed_Storage_key_is_named(string key, string value, string named)
    {
        using var host = Host(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains(named, string.Join(" ", error.Failures));
    }
}
