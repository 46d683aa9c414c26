using LiteDB;

namespace BrigadeBot.Features.Common.Waitlists;

/// <summary>
/// A member's place in a waiting list. <see cref="Queue"/> names what they wait for (« theme:&lt;slug&gt; »,
/// « slot:&lt;id&gt; », a meeting…), <see cref="Owner"/> the feature that serves it. While an offer is out, the entry
/// holds <see cref="OfferedPlace"/> for the member until <see cref="HoldUntilUtc"/>. Served, left or expired entries
/// are deleted.
/// </summary>
public sealed class WaitlistEntry
{
    [BsonId] public string Id { get; set; } = "";
    public string Owner { get; set; } = "";
    public string Queue { get; set; } = "";
    public string MemberId { get; set; } = "";
    /// <summary>Grows with each join of the queue: the order of arrival.</summary>
    public long Position { get; set; }
    /// <summary>What the member asked for within the queue (booking: the theme).</summary>
    public string? Choice { get; set; }
    public DateTime JoinedAtUtc { get; set; }
    public string? OfferedPlace { get; set; }
    public DateTime? OfferedAtUtc { get; set; }
    public DateTime? HoldUntilUtc { get; set; }

    public bool Holds(string place, DateTime nowUtc) => OfferedPlace == place && HoldUntilUtc > nowUtc;
}
