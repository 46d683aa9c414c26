namespace Brigade.Slack.Inbound;

/// <summary>
/// Remembers which Events API deliveries were already taken. The app provides a persistent one so that a
/// redelivery after a restart is still recognised.
/// </summary>
public interface IEventDeduplicator
{
    /// <summary><c>true</c> the first time an id is seen, <c>false</c> for every redelivery.</summary>
    Task<bool> TryMarkSeenAsync(string eventId, CancellationToken ct);
}
