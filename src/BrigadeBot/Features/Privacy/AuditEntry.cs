using BrigadeBot.Features.Common.Privacy;
using LiteDB;

namespace BrigadeBot.Features.Privacy;

/// <summary>One access to a member's data by someone else (an animator), or an erasure: kept as proof, never exported.</summary>
public sealed class AuditEntry
{
    public ObjectId Id { get; set; } = ObjectId.Empty;
    public DateTime AtUtc { get; set; }
    /// <summary>Who acted: a Slack id, or the tombstone of a member who erased their data.</summary>
    public string Actor { get; set; } = "";
    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = "";
    /// <summary>Whose data: a Slack id, or a tombstone once that member's data was erased.</summary>
    public string Subject { get; set; } = "";
}
