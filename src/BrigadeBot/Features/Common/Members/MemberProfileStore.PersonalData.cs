using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Common.Members;

/// <summary>The member's profile and consent history in the inventory, export, erasure and retention.</summary>
public sealed partial class MemberProfileStore : IPersonalDataStore
{
    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(MemberProfile),
        "Catégorie de profil (statistiques si consenti), preuve des consentements, avis vu, alerte de créneaux.",
        "Le membre et les personnes animatrices ; la catégorie ne sort qu'en totaux anonymes, et seulement si consenti.",
        "Tant que le membre a des réservations, puis `Privacy:Retention:BookingsMonths` après son dernier choix ; effacé par `oublier`.",
    [
        F("MemberId", "Identifiant Slack du membre.", true), F("Category", "Catégorie de profil (facultative).", true),
        F("CategoryInStatistics", "Consentement actuel : la catégorie compte dans les statistiques.", true),
        F("NoticeVersion", "Version de l'avis de collecte montré.", true), F("NoticeShownAtUtc", "Moment où l'avis a été montré.", true),
        F("ConsentHistory", "Historique des consentements, jamais réécrit.", true),
        F("ConsentHistory[].Purpose", "Finalité (statistiques, sondage, nom affiché).", true),
        F("ConsentHistory[].Granted", "Accordé ou refusé.", true), F("ConsentHistory[].NoticeVersion", "Version de l'avis.", true),
        F("ConsentHistory[].AtUtc", "Moment du choix.", true),
        F("SlotAlertRequestedAtUtc", "Demande d'alerte de nouveaux créneaux en attente.", true),
    ]);

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

    /// <summary>A profile is kept as long as the member's bookings: the booking feature expires it (<see cref="ExpireStale"/>).</summary>
    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed)
    {
    }

    /// <summary>
    /// Inside the caller's retention write: deletes the profiles that outlived their purpose, those of members not in
    /// <paramref name="stillServed"/>, with no pending slot alert, who chose nothing since <paramref name="beforeUtc"/>.
    /// </summary>
    public static void ExpireStale(ILiteDatabase db, IReadOnlySet<string> stillServed, DateTime beforeUtc, RetentionCounts removed)
    {
        var stale = Profiles(db).FindAll()
            .Where(p => !stillServed.Contains(p.MemberId) && p.SlotAlertRequestedAtUtc is null && LastChoice(p) < beforeUtc)
            .Select(p => p.MemberId)
            .ToList();
        foreach (var id in stale) Profiles(db).Delete(id);
        removed.Add("profiles", stale.Count);
    }

    private static DateTime LastChoice(MemberProfile profile) =>
        profile.ConsentHistory.Select(c => c.AtUtc).Append(profile.NoticeShownAtUtc ?? DateTime.MinValue).Max();
}
