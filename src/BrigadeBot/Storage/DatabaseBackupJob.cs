using Quartz;

namespace BrigadeBot.Storage;

/// <summary>Nightly (<c>Storage:Backup:Cron</c>): a verified copy of the database; a failure is logged as an error.</summary>
[DisallowConcurrentExecution]
public sealed class DatabaseBackupJob(DatabaseBackup backup, ILogger<DatabaseBackupJob> log) : IJob
{
    public static readonly JobKey Key = new("database.backup", "storage");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await backup.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "Backup failed; the earlier backups are untouched.");
        }
    }
}
