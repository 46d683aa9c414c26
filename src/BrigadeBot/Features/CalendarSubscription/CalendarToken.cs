using LiteDB;

namespace BrigadeBot.Features.CalendarSubscription;

/// <summary>An animator's calendar subscription: only the SHA-256 of the secret token is kept, never the token.</summary>
public sealed class CalendarToken
{
    [BsonId] public string AnimatorId { get; set; } = "";
    /// <summary>Lower-case hex SHA-256 of the token; a database copy gives nobody a working URL.</summary>
    public string TokenHash { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}
