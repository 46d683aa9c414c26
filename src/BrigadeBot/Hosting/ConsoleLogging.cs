using Microsoft.Extensions.Logging.Console;

namespace BrigadeBot.Hosting;

public static class ConsoleLogging
{
    /// <summary>
    /// The slim host builder registers the console logger with the simple formatter forced in code, after the
    /// configuration was bound; binding <c>Logging:Console</c> again last lets <c>FormatterName=json</c> win.
    /// </summary>
    public static ILoggingBuilder UseConfiguredConsoleFormatter(this ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.Services.Configure<ConsoleLoggerOptions>(configuration.GetSection("Logging:Console"));
        return logging;
    }
}
