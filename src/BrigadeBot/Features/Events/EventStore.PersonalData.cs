using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Events;

/// <summary>Registrations, waiting list and attendance in the inventory, export, erasure and retention.</summary>
public sealed partial class EventStore : IPersonalDataStore
{
    /// <summary>After the conference: who registered, waited and came.</summary>
    public static readonly RetentionKind Retention = new("Events", 12);

    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(Conference),
        "Organiser les conférences de la programmation Off : inscriptions, liste d'attente, rappels, présences et rediffusion.",
        "Les personnes animatrices voient les inscrit·es et les présences ; les membres ne voient que le nombre de places.",
        "`Privacy:Retention:EventsMonths` après la conférence, puis les inscriptions deviennent anonymes (les totaux restent) ; "
        + "à l'effacement, une inscription à venir est retirée, une inscription passée devient anonyme.",
    [
        F("Id", "Numéro de la conférence.", true), F("Title", "Titre.", true), F("Speakers", "Conférencier·ère(s)."),
        F("StartsAtUtc", "Début.", true), F("DurationMinutes", "Durée."), F("Format", "En personne, en ligne ou les deux."),
        F("Place", "Lieu.", true), F("Link", "Lien de la conférence en ligne.", true), F("Capacity", "Places offertes."),
        F("ThemeSlug", "Thème."), F("Description", "Description."), F("CreatedBy", "Personne animatrice qui l'a annoncée."),
        F("CreatedAtUtc", "Annonce."), F("Sequence", "Version pour les calendriers."), F("UpdatedAtUtc", "Dernière modification."),
        F("Status", "Prévue ou annulée.", true), F("CancelledAtUtc", "Annulation."),
        F("RegisteredIds", "Identifiants Slack des inscrit·es (chacun·e ne reçoit que sa propre inscription).", true),
        F("WaitingIds", "Identifiants Slack de la liste d'attente, dans l'ordre (chacun·e ne reçoit que sa propre place).", true),
        F("AttendedIds", "Identifiants Slack des personnes présentes (chacun·e ne reçoit que sa propre présence).", true),
        F("AttendanceMarkedAtUtc", "Moment où les présences ont été marquées."), F("ReplayUrl", "Lien de la rediffusion.", true),
        F("ReplaySentAtUtc", "Envoi de la rediffusion aux absent·es."), F("ChannelId", "Canal de l'annonce."), F("MessageTs", "Message de l'annonce."),
        F("Reminder24hSentAtUtc", "Rappel de la veille envoyé."), F("Reminder1hSentAtUtc", "Rappel d'une heure envoyé."),
    ], Retention);

    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        foreach (var conference in Events(db).FindAll().OrderBy(e => e.StartsAtUtc))
        {
            var registered = conference.RegisteredIds.Contains(memberId);
            var waiting = conference.WaitingIds.IndexOf(memberId) + 1;
            if (!registered && waiting == 0) continue;
            export.Add("event_registrations", new JsonObject
            {
                ["event"] = conference.Id,
                ["title"] = conference.Title,
                ["starts_at"] = export.Date(conference.StartsAtUtc),
                ["place"] = conference.Place,
                ["link"] = conference.Link,
                ["status"] = conference.Status.ToString().ToLowerInvariant(),
                ["registered"] = registered,
                ["waiting_position"] = waiting == 0 ? null : waiting,
                ["attended"] = conference.AttendanceMarkedAtUtc is null ? null : conference.AttendedIds.Contains(memberId),
                ["replay"] = conference.ReplayUrl,
            });
        }
    }

    /// <summary>
    /// A coming conference frees the member's place (it goes to the first in line, told after commit) and their place in
    /// line; a past one keeps an anonymous place-holder so its registration and attendance counts stay.
    /// </summary>
    public void Erase(ILiteDatabase db, string memberId, Erasure erasure)
    {
        var changed = Events(db).FindAll()
            .Where(e => e.RegisteredIds.Contains(memberId) || e.WaitingIds.Contains(memberId) || e.AttendedIds.Contains(memberId)).ToList();
        var promotions = new List<(Conference Conference, string Member)>();
        foreach (var conference in changed)
        {
            conference.WaitingIds.Remove(memberId);
            if (conference.Status == ConferenceStatus.Scheduled && conference.StartsAtUtc > erasure.NowUtc)
            {
                if (conference.RegisteredIds.Remove(memberId))
                    promotions.AddRange(Promote(conference).Select(m => (conference, m)));
            }
            else Replace(conference, memberId, erasure.Tombstone);
            Events(db).Update(conference);
        }
        erasure.Removed.Add("event-registrations", changed.Count);
        if (changed.Count == 0) return;
        erasure.Then("erasure: conferences", async (services, ct) =>
        {
            var announcements = services.GetRequiredService<EventAnnouncements>();
            foreach (var conference in changed) announcements.Request(conference.Id);
            var notifier = services.GetRequiredService<EventNotifier>();
            foreach (var (conference, member) in promotions) await notifier.PromotedAsync(conference, member, ct);
        });
    }

    /// <summary>Conferences over for longer than the retention: their registrations, line and attendance become anonymous.</summary>
    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed)
    {
        var cutoff = cutoffs.Before(Retention);
        var expired = Events(db).Find(e => e.StartsAtUtc < cutoff).ToList()
            .Where(e => e.RegisteredIds.Concat(e.WaitingIds).Concat(e.AttendedIds).Any(id => !id.StartsWith(TombstonePrefix, StringComparison.Ordinal)))
            .ToList();
        foreach (var conference in expired)
        {
            conference.WaitingIds.Clear();
            foreach (var member in conference.RegisteredIds.Concat(conference.AttendedIds).Distinct().ToList())
                if (!member.StartsWith(TombstonePrefix, StringComparison.Ordinal)) Replace(conference, member, Erasure.NewTombstone());
            Events(db).Update(conference);
        }
        removed.Add("event-registrations", expired.Count);
    }

    private const string TombstonePrefix = "tomb-";

    private static void Replace(Conference conference, string memberId, string tombstone)
    {
        conference.RegisteredIds = conference.RegisteredIds.Select(id => id == memberId ? tombstone : id).ToList();
        conference.AttendedIds = conference.AttendedIds.Select(id => id == memberId ? tombstone : id).ToList();
    }
}
