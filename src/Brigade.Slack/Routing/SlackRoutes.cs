namespace Brigade.Slack.Routing;

/// <summary>
/// Every route of the app, built once at startup from the features' registrations.
/// A duplicate id is a programming error and fails the start.
/// </summary>
public sealed class SlackRoutes
{
    private readonly List<CommandRoute> commands = [];
    private readonly Dictionary<string, CommandRoute> commandsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> actions = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, Type Handler)> actionPrefixes = [];
    private readonly Dictionary<string, Type> viewSubmissions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> viewClosings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> suggestions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> shortcuts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Type>> events = new(StringComparer.Ordinal);

    /// <summary>Sub-commands in registration order, for help texts.</summary>
    public IReadOnlyList<CommandRoute> Commands => commands;

    /// <summary>Handles "/cmd" alone and unknown sub-commands (usually the help).</summary>
    public Type? FallbackCommand { get; private set; }

    public IEnumerable<string> EventTypes => events.Keys;

    /// <summary>Every registered action id, action prefix, view callback id and options action id (for diagnostics and tests).</summary>
    public IEnumerable<string> ActionIds => actions.Keys.Concat(actionPrefixes.Select(p => p.Prefix));
    public IEnumerable<string> ViewCallbackIds => viewSubmissions.Keys;
    public IEnumerable<string> SuggestionActionIds => suggestions.Keys;

    internal void AddCommand(CommandRoute route)
    {
        if (route.Key.Length == 0 || route.Key.Any(char.IsWhiteSpace))
            throw new InvalidOperationException($"'{route.Name}' is not a valid sub-command name.");
        if (!commandsByKey.TryAdd(route.Key, route))
            throw new InvalidOperationException($"The sub-command '{route.Name}' is registered twice.");
        commands.Add(route);
    }

    internal void SetFallback(Type handler)
    {
        if (FallbackCommand is not null) throw new InvalidOperationException("Only one fallback command can be registered.");
        FallbackCommand = handler;
    }

    internal void AddAction(string actionId, Type handler) => AddUnique(actions, actionId, handler, "action_id");

    internal void AddActionPrefix(string prefix, Type handler)
    {
        if (string.IsNullOrEmpty(prefix)) throw new InvalidOperationException("An action prefix cannot be empty.");
        if (actionPrefixes.Any(p => p.Prefix.StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(p.Prefix, StringComparison.Ordinal)))
            throw new InvalidOperationException($"The action prefix '{prefix}' overlaps another one.");
        actionPrefixes.Add((prefix, handler));
    }

    internal void AddViewSubmission(string callbackId, Type handler) => AddUnique(viewSubmissions, callbackId, handler, "view callback_id");
    internal void AddViewClosed(string callbackId, Type handler) => AddUnique(viewClosings, callbackId, handler, "view_closed callback_id");
    internal void AddSuggestion(string actionId, Type handler) => AddUnique(suggestions, actionId, handler, "options action_id");
    internal void AddShortcut(string callbackId, Type handler) => AddUnique(shortcuts, callbackId, handler, "shortcut callback_id");

    internal void AddEvent(string eventType, Type handler)
    {
        if (!events.TryGetValue(eventType, out var list)) events[eventType] = list = [];
        if (list.Contains(handler)) throw new InvalidOperationException($"{handler.Name} is registered twice for '{eventType}'.");
        list.Add(handler);
    }

    public CommandRoute? FindCommand(string normalizedName) => commandsByKey.GetValueOrDefault(normalizedName);

    public Type? FindAction(string actionId) =>
        actions.GetValueOrDefault(actionId)
        ?? actionPrefixes.FirstOrDefault(p => actionId.StartsWith(p.Prefix, StringComparison.Ordinal)).Handler;

    public Type? FindViewSubmission(string? callbackId) => callbackId is null ? null : viewSubmissions.GetValueOrDefault(callbackId);
    public Type? FindViewClosed(string? callbackId) => callbackId is null ? null : viewClosings.GetValueOrDefault(callbackId);
    public Type? FindSuggestion(string actionId) => suggestions.GetValueOrDefault(actionId);
    public Type? FindShortcut(string callbackId) => shortcuts.GetValueOrDefault(callbackId);
    public IReadOnlyList<Type> FindEvents(string eventType) => events.TryGetValue(eventType, out var list) ? list : [];

    private static void AddUnique(Dictionary<string, Type> map, string id, Type handler, string what)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 255) throw new InvalidOperationException($"'{id}' is not a valid {what}.");
        if (!map.TryAdd(id, handler)) throw new InvalidOperationException($"The {what} '{id}' is registered twice.");
    }
}
