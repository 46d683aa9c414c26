using LiteDB;

namespace BrigadeBot.Features.Common.Deliveries;

/// <summary>
/// « This message went (or is going) to this member »: written in the writer before the send, so that a retry, a second
/// trigger or a restart never sends it to them twice. Deleted once the message can no longer be sent.
/// </summary>
public sealed class DeliveryMark
{
    /// <summary>« message|member id ».</summary>
    [BsonId] public string Id { get; set; } = "";
    /// <summary>Which message: its kind, what it is about and the moment it is for (a moved meeting is a new message).</summary>
    public string Message { get; set; } = "";
    public string MemberId { get; set; } = "";
    public DateTime ClaimedAtUtc { get; set; }
    /// <summary>After this the message is no longer sent, so the mark has no purpose left.</summary>
    public DateTime UsefulUntilUtc { get; set; }

    public static string IdOf(string message, string memberId) => message + "|" + memberId;
}
