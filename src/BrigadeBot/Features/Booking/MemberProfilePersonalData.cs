using System.Text.Json.Nodes;
using BrigadeBot.Features.Privacy;
using LiteDB;

namespace BrigadeBot.Features.Booking;

/// <summary>The member's profile and consent history in export, erasure and retention.</summary>
public sealed partial class MemberProfileStore : IPersonalDataStore
{
    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        if (Profiles(db).FindById(memberId) is not { } profile) return;
        export.Set("profile", new JsonObject
        {
            ["category"] = profile.Category,
            ["category_in_statistics"] = profile.CategoryInStatistics,
            ["notice_version"] = profile.NoticeVersion,
            ["notice_shown_at"] = export.Date(profile.NoticeShownAtUtc),
            ["slot_alert_requested_at"] = export.Date(profile.SlotAlertRequestedAtUtc),
        });
        foreach (var consent in profile.ConsentHistory)
            export.Add("consents", new JsonObject
            {
                ["purpose"] = consent.Purpose,
                ["granted"] = consent.Granted,
                ["notice_version"] = consent.NoticeVersion,
                ["at"] = export.Date(consent.AtUtc),
            });
    }

    public void Erase(ILiteDatabase db, string memberId, Erasure erasure) =>
        erasure.Removed.Add("profiles", Profiles(db).Delete(memberId) ? 1 : 0);

    /// <summary>A profile outlives its purpose once the member has no booking left and chose nothing since the cutoff.</summary>
    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed)
    {
        var withBookings = BookingStore.Bookings(db).FindAll().Select(b => b.MemberId).ToHashSet(StringComparer.Ordinal);
        var stale = Profiles(db).FindAll()
            .Where(p => !withBookings.Contains(p.MemberId) && p.SlotAlertRequestedAtUtc is null && LastChoice(p) < cutoffs.BookingsBeforeUtc)
            .Select(p => p.MemberId)
            .ToList();
        foreach (var id in stale) Profiles(db).Delete(id);
        removed.Add("profiles", stale.Count);
    }

    private static DateTime LastChoice(MemberProfile profile) =>
        profile.ConsentHistory.Select(c => c.AtUtc).Append(profile.NoticeShownAtUtc ?? DateTime.MinValue).Max();
}
