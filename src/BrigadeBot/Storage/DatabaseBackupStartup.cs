using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Storage;

/// <summary>Schedules <see cref="DatabaseBackupJob"/> on <c>Storage:Backup:Cron</c>, in the Brigade time zone.</summary>
internal sealed class DatabaseBackupStartup(IOptions<StorageOptions> options, IBrigadeScheduler scheduler,
    ILogger<DatabaseBackupStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var storage = options.Value;
        if (!storage.Backup.Enabled)
        {
            log.LogWarning("{Key} is blank: the database is not backed up.", BackupOptions.Section + ":Cron");
            return;
        }
        await scheduler.ScheduleCronAsync<DatabaseBackupJob>(DatabaseBackupJob.Key, storage.Backup.Cron!.Trim(), null, cancellationToken);
        log.LogInformation("Backups: {Cron} into {Folder}, {Keep} kept.", storage.Backup.Cron, storage.BackupFolder, storage.Backup.Keep);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
