using LiteDB;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// What the animator wrote after a session for the member who attended it, as stored in <c>session_recaps</c>. The PDF is
/// drawn from it whenever it is sent or exported, never stored. Holds the session's theme and times so it reads alone.
/// </summary>
public sealed class SessionRecap
{
    [BsonId] public string BookingId { get; set; } = "";
    public string MemberId { get; set; } = "";
    public string AnimatorId { get; set; } = "";
    public string ThemeSlug { get; set; } = "";
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }
    /// <summary>« Ce que nous avons vu », as typed (plain text: escape it wherever mrkdwn shows it).</summary>
    public string Seen { get; set; } = "";
    /// <summary>« Prochaines étapes », as typed; optional.</summary>
    public string? NextSteps { get; set; }
    public List<RecapResource> Resources { get; set; } = [];
    public DateTime WrittenAtUtc { get; set; }
}
