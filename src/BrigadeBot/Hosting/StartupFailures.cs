using Microsoft.Extensions.Options;

namespace BrigadeBot.Hosting;

public static class StartupFailures
{
    /// <summary>
    /// Runs the host; a bad configuration, a database already in use or a damaged one ends the process with a clear
    /// message and exit code 1 instead of a stack trace.
    /// </summary>
    public static async Task<int> RunBrigadeAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (Explain(ex) is { } reason)
        {
            app.Logger.LogCritical("BrigadeBot cannot start: {Reason}", reason);
            await Console.Error.WriteLineAsync($"BrigadeBot cannot start: {reason}");
            return 1;
        }
    }

    private static string? Explain(Exception ex) => ex switch
    {
        OptionsValidationException validation => string.Join(" ", validation.Failures),
        Storage.DatabaseLockedException locked => locked.Message,
        Storage.DatabaseDamagedException damaged => damaged.Message,
        AggregateException { InnerExceptions.Count: 1 } aggregate => Explain(aggregate.InnerExceptions[0]),
        { InnerException: { } inner } => Explain(inner),
        _ => null,
    };
}
