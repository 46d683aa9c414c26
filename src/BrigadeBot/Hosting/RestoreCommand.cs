using BrigadeBot.Storage;

namespace BrigadeBot.Hosting;

/// <summary>
/// <c>dotnet BrigadeBot.dll restore &lt;backup file&gt;</c> (<c>BrigadeBot restore …</c> for a native build): puts a
/// backup in place of the database named by the usual configuration (appsettings.json, environment variables, then any
/// further <c>--Key=value</c> arguments), then exits.
/// </summary>
public static class RestoreCommand
{
    public const string Name = "restore";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static int Run(string[] args)
    {
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            Console.Error.WriteLine($"Usage: {RestoreCommandLine.Current} <backup file> [--Storage:DatabasePath=<database>]");
            return 2;
        }
        var builder = WebApplication.CreateBuilder(args[2..]);
        builder.Configuration.AddConfigurationBesideBinary();
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        try
        {
            var restored = DatabaseRestore.Run(args[1], storage, TimeProvider.System);
            Console.WriteLine($"Restored {restored.Backup} into {restored.Database}: "
                + string.Join(", ", restored.Documents.Select(c => $"{c.Key}={c.Value}")) + ".");
            Console.WriteLine("Erasures (/brigade oublier) made after this backup was taken are undone: repeat them once the bot runs again.");
            foreach (var aside in restored.KeptAside)
                Console.WriteLine($"The replaced file is kept as {aside}; delete it once the bot runs well.");
            return 0;
        }
        catch (Exception ex) when (ex is RestoreRefusedException or DatabaseLockedException)
        {
            Console.Error.WriteLine($"Nothing restored: {ex.Message}");
            return 1;
        }
    }
}
