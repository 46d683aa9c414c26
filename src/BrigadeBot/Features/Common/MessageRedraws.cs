using System.Collections.Concurrent;
using Brigade.Slack.FollowUp;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Common;

/// <summary>
/// Keeps a posted message (vote counts, places left) in step with storage without one chat.update per click. A request
/// marks the message dirty; one redraw per message runs after the ack, draws it from storage and loops while new
/// requests came in meanwhile, so a burst is coalesced and the last update always shows the stored state.
/// </summary>
public sealed class MessageRedraws(SlackFollowUpQueue followUp, ILogger<MessageRedraws> log)
{
    private sealed class State
    {
        public int Dirty;
        public int Running;
    }

    private readonly ConcurrentDictionary<string, State> states = new(StringComparer.Ordinal);

    /// <param name="key">The message, unique across features (« meeting-4 », « event-2 »).</param>
    /// <param name="redraw">Reads storage and updates the message; a Slack failure is logged.</param>
    public void Request(string key, Func<IServiceProvider, CancellationToken, Task> redraw)
    {
        var state = states.GetOrAdd(key, _ => new State());
        Interlocked.Exchange(ref state.Dirty, 1);
        if (Interlocked.CompareExchange(ref state.Running, 1, 0) != 0) return; // the running redraw will see it
        if (!followUp.Enqueue($"refresh {key}", (services, ct) => RunAsync(key, state, redraw, services, ct)))
            Interlocked.Exchange(ref state.Running, 0);
    }

    private async Task RunAsync(string key, State state, Func<IServiceProvider, CancellationToken, Task> redraw,
        IServiceProvider services, CancellationToken ct)
    {
        do
        {
            try
            {
                while (Interlocked.Exchange(ref state.Dirty, 0) == 1)
                    await RedrawOnceAsync(key, redraw, services, ct);
            }
            finally
            {
                Interlocked.Exchange(ref state.Running, 0);
            }
            // A request that arrived between the last redraw and the reset saw Running = 1 and left: take it here.
        } while (Volatile.Read(ref state.Dirty) == 1 && Interlocked.CompareExchange(ref state.Running, 1, 0) == 0);
    }

    private async Task RedrawOnceAsync(string key, Func<IServiceProvider, CancellationToken, Task> redraw,
        IServiceProvider services, CancellationToken ct)
    {
        try
        {
            await redraw(services, ct);
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Refreshing the message {Key} failed ({Error})", key, ex.Error);
        }
    }
}
