using Microsoft.Extensions.Options;
using Quartz;

namespace BrigadeBot.Storage;

/// <summary>Refuses malformed <c>Storage:*</c> values at start, naming the key.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
            errors.Add($"{StorageOptions.Section}:DatabasePath must name a file.");
        var backup = options.Backup;
        if (backup.Enabled && !CronExpression.TryParse(backup.Cron!.Trim(), out _))
            errors.Add($"{BackupOptions.Section}:Cron: '{backup.Cron}' is not a Quartz cron expression (e.g. '{BackupOptions.DefaultCron}'; blank turns backups off).");
        if (backup.Keep is < 1 or > BackupOptions.MaxKeep)
            errors.Add($"{BackupOptions.Section}:Keep: '{backup.Keep}' must be between 1 and {BackupOptions.MaxKeep} (copies, one a day by default).");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
