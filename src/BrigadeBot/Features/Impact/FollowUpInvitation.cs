using LiteDB;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// « This member was sent the follow-up survey of this program year »: keeps it to one DM, one reminder and one answer.
/// Deleted when the survey closes; the answer never points back to it.
/// </summary>
public sealed class FollowUpInvitation
{
    /// <summary>« yyyy-MM-dd|member id ».</summary>
    [BsonId] public string Id { get; set; } = "";
    public string MemberId { get; set; } = "";
    public string ProgramYear { get; set; } = "";
    public DateTime SentAtUtc { get; set; }
    public DateTime? RemindedAtUtc { get; set; }
    public DateTime ClosesAtUtc { get; set; }
    public bool Answered { get; set; }

    public static string IdOf(string programYear, string memberId) => programYear + "|" + memberId;
}
