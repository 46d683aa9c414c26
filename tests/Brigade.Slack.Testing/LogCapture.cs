using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Testing;

/// <summary>An <see cref="ILoggerProvider"/> that keeps every line (message, state values, scopes and exception) for assertions.</summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogLine> lines = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogLine> Lines => lines.ToArray();

    public IEnumerable<LogLine> AtLeast(LogLevel level) => Lines.Where(l => l.Level >= level);

    /// <summary>Everything logged, as one text, for "never appears" scans.</summary>
    public string AllText => string.Join('\n', Lines.Select(l => l.FullText));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines, () => scopes);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines, Func<IExternalScopeProvider> scopes) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => scopes().Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            // State values as a structured sink would write them: sequences expanded, not "System.String[]".
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(' ', pairs.Select(p => $"{p.Key}={Render(p.Value)}"))
                : "";
            var scoped = new Dictionary<string, string>(StringComparer.Ordinal);
            scopes().ForEachScope((scope, into) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> properties)
                    foreach (var (key, value) in properties) into[key] = Render(value);
            }, scoped);
            lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception), values, exception, scoped));
        }

        private static string Render(object? value) => value switch
        {
            string text => text,
            System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Render)) + "]",
            _ => value?.ToString() ?? "",
        };
    }
}

public sealed record LogLine(string Category, LogLevel Level, string Message, string StateValues, Exception? Exception,
    IReadOnlyDictionary<string, string>? Scopes = null)
{
    /// <summary>The value a log scope open around this line gave <paramref name="key"/>, if any.</summary>
    public string? Scope(string key) => Scopes?.GetValueOrDefault(key);

    public string FullText => $"{Category} {Level} {Message} {StateValues} {Exception}";
}
