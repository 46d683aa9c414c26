using LiteDB;

namespace BrigadeBot.Features.Common.Members;

/// <summary>
/// What the program knows of a member beyond their bookings: the profile category, the consent to count it in the
/// anonymous statistics (with its append-only history), the privacy notice seen, and a pending « tell me when a slot opens ».
/// </summary>
public sealed class MemberProfile
{
    [BsonId] public string MemberId { get; set; } = "";
    /// <summary>One of <see cref="MemberCategories.All"/>; null when never asked.</summary>
    public string? Category { get; set; }
    /// <summary>The current choice: the category may count in the anonymous statistics.</summary>
    public bool CategoryInStatistics { get; set; }
    /// <summary>The version of the collection notice the member was shown, and when.</summary>
    public string? NoticeVersion { get; set; }
    public DateTime? NoticeShownAtUtc { get; set; }
    /// <summary>Every choice ever made, oldest first; never rewritten.</summary>
    public List<ConsentRecord> ConsentHistory { get; set; } = [];
    public DateTime? SlotAlertRequestedAtUtc { get; set; }
}
