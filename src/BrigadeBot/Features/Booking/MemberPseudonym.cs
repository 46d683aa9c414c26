using LiteDB;

namespace BrigadeBot.Features.Booking;

/// <summary>The only link from a Slack id to its pseudonym; deleted by erasure and after the bookings' retention.</summary>
public sealed class MemberPseudonym
{
    [BsonId] public string MemberId { get; set; } = "";
    public string Pseudonym { get; set; } = "";
    public DateTime LastUsedUtc { get; set; }
}
