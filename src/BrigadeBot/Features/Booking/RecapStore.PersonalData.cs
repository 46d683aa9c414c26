using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Booking;

/// <summary>Recaps in the inventory, export (the text, and each PDF drawn again), erasure and retention (with the bookings).</summary>
public sealed partial class RecapStore : IPersonalDataStore
{
    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(SessionRecap),
        "Remettre au membre le récapitulatif de sa séance (PDF), à garder comme boîte à outils.",
        "Le membre et la personne animatrice qui l'a écrit ; jamais dans un canal. Le PDF n'est pas conservé : il est refait à chaque envoi.",
        "`Privacy:Retention:BookingsMonths` après la séance ; retiré par `corriger` ; effacé par `oublier`.",
    [
        F("BookingId", "Réservation de la séance.", true), F("MemberId", "Identifiant Slack du membre."),
        F("AnimatorId", "Identifiant Slack de la personne animatrice."), F("ThemeSlug", "Thème de la séance.", true),
        F("StartUtc", "Début de la séance.", true), F("EndUtc", "Fin de la séance.", true),
        F("Seen", "« Ce que nous avons vu », écrit par la personne animatrice.", true),
        F("NextSteps", "« Prochaines étapes », facultatif.", true),
        F("Resources", "Jusqu'à 5 liens de ressources.", true), F("Resources[].Label", "Titre facultatif d'une ressource (jusqu'à 5).", true), F("Resources[].Url", "Lien d'une ressource.", true),
        F("WrittenAtUtc", "Moment de l'écriture.", true),
    ], BookingStore.Retention);

    public const string ExportSection = "session_recaps";

    /// <summary>Each recap's text, and its PDF drawn again at delivery (the same document the member received).</summary>
    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        foreach (var recap in Recaps(db).Find(r => r.MemberId == memberId).OrderBy(r => r.StartUtc))
        {
            var file = RecapTexts.FileName(recap.BookingId);
            export.Add(ExportSection, new JsonObject
            {
                ["booking"] = recap.BookingId,
                ["theme"] = recap.ThemeSlug,
                ["start"] = export.Date(recap.StartUtc),
                ["end"] = export.Date(recap.EndUtc),
                ["seen"] = recap.Seen,
                ["next_steps"] = recap.NextSteps,
                ["resources"] = new JsonArray(recap.Resources
                    .Select(r => (JsonNode)new JsonObject { ["label"] = r.Label, ["url"] = r.Url }).ToArray()),
                ["written_at"] = export.Date(recap.WrittenAtUtc),
                ["pdf"] = file,
            });
            export.Attach(new ExportFile(file, RecapTexts.FileTitle, (services, ct) =>
                services.GetRequiredService<RecapDocuments>().RenderAsync(recap, ct)));
        }
    }

    public void Erase(ILiteDatabase db, string memberId, Erasure erasure) =>
        erasure.Removed.Add("recaps", Recaps(db).DeleteMany(r => r.MemberId == memberId));

    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed)
    {
        var cutoff = cutoffs.Before(BookingStore.Retention);
        removed.Add("recaps", Recaps(db).DeleteMany(r => r.EndUtc < cutoff));
    }
}
