using Microsoft.Extensions.Options;

namespace BrigadeBot.Limits;

/// <summary>
/// Counts, per limit and per member (the Slack user id of the verified request), what was created in the current
/// window, on the app's <see cref="TimeProvider"/>. A fixed window opened by the first permit: simple to explain in
/// the refusal (« dans 3 minutes ») and deterministic in tests. In memory: a restart forgives everyone.
/// </summary>
public sealed class MemberLimits(IEnumerable<MemberLimit> declared, IOptionsMonitor<MemberLimitsOptions> options, TimeProvider time)
{
    private readonly Dictionary<string, MemberLimit> limits = declared.ToDictionary(l => l.Name, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Limit, string Member), Window> windows = [];
    private readonly Lock gate = new();

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;
        public int Used { get; set; }
    }

    /// <summary>
    /// Takes one permit of <paramref name="limit"/> for <paramref name="memberId"/>: <c>null</c> when taken, else the
    /// French refusal saying when they can try again.
    /// </summary>
    public string? TryTake(string limit, string memberId)
    {
        var declaredLimit = limits.TryGetValue(limit, out var found)
            ? found
            : throw new InvalidOperationException($"The member limit '{limit}' was never declared (AddMemberLimit).");
        var (_, permits, length) = options.CurrentValue.Effective(declaredLimit);
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (windows.Count > 10_000) Forget(now);
            var key = (declaredLimit.Name, memberId);
            if (!windows.TryGetValue(key, out var window) || now >= window.Start + length)
                windows[key] = window = new Window(now);
            if (window.Used >= permits) return LimitTexts.TryAgainIn(window.Start + length - now);
            window.Used++;
            return null;
        }
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, window) in windows.ToArray())
            if (now >= window.Start + options.CurrentValue.Effective(limits[key.Limit]).Window)
                windows.Remove(key);
    }
}
