using System.Collections.Concurrent;
using Brigade.Slack.FollowUp;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Home;

/// <summary>
/// Republishes the App Home of the people who opened it when the data it shows changes, at most once per
/// <see cref="MinInterval"/> per person: a change marks the person dirty, and one publication (now, or on a timer of the
/// injected clock when the last one was too recent) takes every change made meanwhile.
/// </summary>
public sealed class HomeRefresher(SlackFollowUpQueue followUp, TimeProvider time, Animators animators)
    : IDataChangeListener, IAppHome
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(10);

    private sealed class State
    {
        public DateTimeOffset LastPublished = DateTimeOffset.MinValue;
        public bool Pending;
        public ITimer? Timer;
    }

    private readonly ConcurrentDictionary<string, State> known = new(StringComparer.Ordinal);

    public void Changed(DataChange change)
    {
        foreach (var user in known.Keys.Where(u => change.Concerns(u, animators.Contains(u))).ToList()) Request(user);
    }

    /// <summary>Publishes now (the person opened the Home or acted on it) and remembers them for later refreshes.</summary>
    public void PublishNow(string userId, string? notice = null)
    {
        var state = known.GetOrAdd(userId, _ => new State());
        lock (state)
        {
            state.Timer?.Dispose();
            state.Timer = null;
            state.Pending = true;
        }
        Enqueue(userId, state, notice);
    }

    private void Request(string userId)
    {
        if (!known.TryGetValue(userId, out var state)) return;
        lock (state)
        {
            if (state.Pending) return;
            state.Pending = true;
            var wait = state.LastPublished + MinInterval - time.GetUtcNow();
            if (wait <= TimeSpan.Zero) Enqueue(userId, state, null);
            else state.Timer = time.CreateTimer(_ => Enqueue(userId, state, null), null, wait, Timeout.InfiniteTimeSpan);
        }
    }

    private void Enqueue(string userId, State state, string? notice) =>
        followUp.Enqueue("home refresh", async (services, ct) =>
        {
            lock (state)
            {
                state.Pending = false;
                state.LastPublished = time.GetUtcNow();
                state.Timer?.Dispose();
                state.Timer = null;
            }
            await services.GetRequiredService<HomePublisher>().PublishAsync(userId, notice, ct);
        });
}
