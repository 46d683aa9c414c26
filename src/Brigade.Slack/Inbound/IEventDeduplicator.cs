namespace Brigade.Slack.Inbound;

/// <summary>
/// Remembers which Events API deliveries were handled to the end. Completion, not receipt, is recorded: an event
/// whose handling was cut short (a crash) is handled again when Slack redelivers it. The app provides a persistent
/// one so that a redelivery after a restart is still recognised.
/// </summary>
public interface IEventDeduplicator
{
    /// <summary><c>true</c> when the event's handlers already ran to their end.</summary>
    Task<bool> WasHandledAsync(string eventId, CancellationToken ct);

    /// <summary>Records that the event's handlers ran to their end.</summary>
    Task MarkHandledAsync(string eventId, CancellationToken ct);
}
