namespace BrigadeBot.Storage;

/// <summary>One Events API delivery handled to the end.</summary>
public sealed class SeenEvent
{
    /// <summary>Slack's <c>event_id</c>, the document's <c>_id</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>
    /// When its handling ended, UTC. The name stays from when ids were recorded on receipt: renaming it would change
    /// the stored documents for nothing (both only serve the prune).
    /// </summary>
    public DateTime ReceivedAt { get; set; }
}
