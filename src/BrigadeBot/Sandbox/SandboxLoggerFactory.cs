using Brigade.Slack.WebApi;
using Microsoft.Extensions.Logging.Abstractions;

namespace BrigadeBot.Sandbox;

/// <summary>
/// The sandbox's bot logs to the real host's sinks, with one exception: its dry-run Web API calls go to the page's
/// « Journal des appels », not to the log, where they would bury the real bot's lines.
/// </summary>
internal sealed class SandboxLoggerFactory(ILoggerFactory real) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) =>
        categoryName == typeof(DryRunSlackApi).FullName ? NullLogger.Instance : real.CreateLogger(categoryName);

    public void AddProvider(ILoggerProvider provider) => real.AddProvider(provider);

    // The real host owns its factory and disposes it.
    public void Dispose()
    {
    }
}
