using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Impact;
using BrigadeBot.Features.Sheets;
using BrigadeBot.Features.Watch;
using BrigadeBot.Features.Welcome;
using BrigadeBot.Storage;

namespace BrigadeBot.Features.Privacy;

/// <summary>One persisted field: what it holds and why, and whether the member's export carries it.</summary>
public sealed record InventoryField(string Name, string Content, bool Exported);

/// <summary>One collection of the database: its document type, purpose, who may see it, how long it is kept.</summary>
public sealed record InventoryCollection(string Name, Type Document, string Purpose, string Audience, string Retention,
    IReadOnlyList<InventoryField> Fields);

/// <summary>
/// THE data inventory (Loi 25): every persisted field of every collection. A test fails when a collection or a document
/// property is missing here, and docs/privacy.md is generated from it. A feature adding a collection or a field adds
/// its lines here (French: members and the person in charge read it).
/// </summary>
public static partial class PrivacyInventory
{
    private static InventoryField F(string name, string content, bool exported = false) => new(name, content, exported);

    public static readonly IReadOnlyList<InventoryCollection> Collections =
    [
        new(SlotStore.Collection, typeof(Slot), "Créneaux offerts par les personnes animatrices.",
            "Personnes animatrices ; les membres voient l'heure, la durée et le lien au moment de réserver.",
            "`Privacy:Retention:BookingsMonths` après la fin du créneau.",
        [
            F("Id", "Identifiant interne."), F("AnimatorId", "Identifiant Slack de la personne animatrice."),
            F("StartUtc", "Début (UTC)."), F("EndUtc", "Fin (UTC)."), F("Capacity", "Nombre de places."),
            F("VideoLink", "Lien de visioconférence."), F("ThemeSlugs", "Thèmes offerts."), F("Status", "Ouvert ou annulé."),
            F("SeriesId", "Série de créneaux publiés ensemble."), F("CreatedAtUtc", "Publication."), F("CancelledAtUtc", "Annulation."),
        ]),
        new(BookingStore.Collection, typeof(Booking.Booking), "Organiser l'accompagnement : confirmation, rappels, fiche synthèse.",
            "Le membre et la personne animatrice de la séance ; jamais dans un canal public.",
            "`Privacy:Retention:BookingsMonths` après la séance ; effacé par `oublier`.",
        [
            F("Id", "Identifiant interne.", true), F("SlotId", "Créneau réservé."), F("ThemeSlug", "Thème choisi.", true),
            F("MemberId", "Identifiant Slack du membre.", true), F("AnimatorId", "Identifiant Slack de la personne animatrice."),
            F("StartUtc", "Début de la séance.", true), F("EndUtc", "Fin de la séance.", true),
            F("Status", "Confirmée, annulée ou tenue.", true), F("CreatedAtUtc", "Moment de la réservation.", true),
            F("CancelledAtUtc", "Moment de l'annulation.", true), F("CancelledBy", "Qui a annulé : le membre ou l'animation.", true),
            F("Note", "« Ce que j'aimerais aborder », texte libre facultatif (1 000 caractères au plus).", true),
            F("Reminder24hSentAt", "Rappel de la veille envoyé.", true), F("Reminder1hSentAt", "Rappel d'une heure envoyé.", true),
            F("FollowUpSentAt", "Remerciement et fiche envoyés.", true),
            F("Attendance", "Présence marquée par la personne animatrice : présent·e ou absent·e.", true),
            F("AttendanceMarkedAtUtc", "Moment où la présence a été marquée.", true),
            F("SessionFactId", "Fait statistique anonyme de la séance tenue, retiré si la présence est corrigée en absence."),
        ]),
        new(MemberProfileStore.Collection, typeof(MemberProfile),
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
        ]),
        new(ProposalStore.Collection, typeof(CodevProposal), "Choisir par vote les sujets des rencontres de codéveloppement.",
            "Tous les membres voient le texte et le nombre de votes ; l'auteur·e seulement si elle ou il l'a choisi ; "
            + "les personnes animatrices voient l'auteur·e et les votes.",
            "`Privacy:Retention:ProposalsMonths` après la rencontre ou l'archivage ; effacé par `oublier` ou retiré par `corriger`.",
        [
            F("Id", "Numéro de la proposition.", true), F("Problem", "Problématique, texte libre (1 000 caractères au plus).", true),
            F("Context", "Contexte facultatif (2 000 caractères au plus).", true), F("AuthorId", "Identifiant Slack de l'auteur·e.", true),
            F("ShowAuthor", "Nom affiché avec la proposition (choix de l'auteur·e).", true), F("CreatedAtUtc", "Moment de la proposition.", true),
            F("Status", "Ouverte, retenue ou archivée.", true),
            F("VoterIds", "Identifiants Slack des votant·es (chacun·e ne reçoit que ses propres votes).", true),
            F("ChannelId", "Canal du message publié."), F("MessageTs", "Message publié."), F("MeetingId", "Rencontre qui l'a retenue."),
            F("ArchivedAtUtc", "Moment de l'archivage.", true),
        ]),
        new(MeetingStore.Collection, typeof(CodevMeeting), "Organiser les rencontres de codéveloppement et leurs inscriptions.",
            "Les personnes animatrices voient les inscrit·es ; les membres ne voient que le nombre de places.",
            "`Privacy:Retention:ProposalsMonths` après la rencontre ; à l'effacement, une inscription passée devient anonyme.",
        [
            F("Id", "Numéro de la rencontre.", true), F("ProposalId", "Sujet retenu.", true), F("StartsAtUtc", "Début.", true),
            F("DurationMinutes", "Durée."), F("Place", "Lieu.", true), F("Capacity", "Places."),
            F("RegisteredIds", "Identifiants Slack des inscrit·es (chacun·e ne reçoit que sa propre inscription).", true),
            F("CreatedBy", "Personne animatrice qui l'a planifiée."), F("CreatedAtUtc", "Planification."),
            F("ChannelId", "Canal de l'annonce."), F("MessageTs", "Message de l'annonce."), F("ReminderSentAtUtc", "Rappel envoyé."),
            F("Status", "Planifiée ou close.", true), F("ClosedAtUtc", "Clôture."), F("SheetUrl", "Fiche de connaissances publiée."),
        ]),
        new(WelcomeStore.Collection, typeof(WelcomeStore.WelcomedMember), "Ne souhaiter la bienvenue qu'une fois.",
            "Personne (usage interne du bot).", "Tant que la personne est membre ; effacé par `oublier`.",
        [F("UserId", "Identifiant Slack du membre.", true), F("WelcomedAtUtc", "Moment de la bienvenue.", true)]),
        new(SeenEventStore.Collection, typeof(SeenEvent), "Ne traiter qu'une fois un événement que Slack renvoie.",
            "Personne (usage interne du bot) ; aucun identifiant de membre.", "24 heures.",
        [F("Id", "Identifiant d'événement Slack."), F("ReceivedAt", "Réception.")]),
        new(SessionFactStore.Collection, typeof(SessionFact), "Rapport d'impact aux bailleurs de fonds : séances tenues, sans identifiant.",
            $"Personnes animatrices, en totaux ; les cases de moins de `Privacy:StatsMinCell` personnes sont masquées.",
            "Conservé : anonyme, il ne change ni à l'effacement ni à l'échéance des réservations.",
        [
            F("Id", "Identifiant interne."), F("ThemeSlug", "Thème."), F("Day", "Jour de la séance (sans l'heure)."),
            F("Group", "Séance de groupe ou individuelle."),
            F("Category", "Catégorie si le membre y consentait au moment de la séance, sinon « non-communiquee »."),
            F("Participant", "Pseudonyme aléatoire, pour compter les personnes distinctes."),
        ]),
        new(SessionFactStore.PseudonymCollection, typeof(MemberPseudonym), "Relier un membre à son pseudonyme statistique.",
            "Personne (usage interne du bot).",
            "`Privacy:Retention:BookingsMonths` après sa dernière séance ; effacé par `oublier` (le pseudonyme devient alors anonyme).",
        [F("MemberId", "Identifiant Slack du membre."), F("Pseudonym", "Pseudonyme aléatoire."), F("LastUsedUtc", "Dernière séance.")]),
        new(SurveyStore.Answers, typeof(SurveyAnswer), "Mesurer la satisfaction et le transfert des connaissances pour le rapport d'impact.",
            "Personnes animatrices, en totaux et commentaires sans nom ; jamais dans un canal.",
            "Conservé : anonyme (ni membre, ni réservation, ni heure de réponse), il ne change pas à l'effacement.",
        [
            F("Id", "Identifiant aléatoire (ne porte pas l'heure de la réponse)."), F("ThemeSlug", "Thème de la séance."),
            F("Month", "Mois de la séance."), F("Satisfaction", "Satisfaction, de 1 à 5."),
            F("Progress", "Progrès ressenti : oui, un peu ou non."), F("Transfer", "Nombre de personnes à qui transmettre ce qui a été appris."),
            F("Comment", "Commentaire libre facultatif."),
        ]),
        new(SurveyStore.Markers, typeof(SurveyMarker), "Ne recevoir qu'une réponse au sondage par réservation.",
            "Personne (usage interne du bot).",
            "Jusqu'à la fermeture du sondage (`Brigade:Survey:OpenDays` après la séance) ; effacé par `oublier`.",
        [F("BookingId", "Réservation dont le sondage a été répondu.", true), F("ClosesAtUtc", "Fermeture du sondage.", true)]),
        new(WatchStore.Collection, typeof(WatchItem), "Publier la veille préparée par les personnes animatrices.",
            "Tous les membres du canal de veille voient la publication et son auteur·e ; les personnes animatrices voient le reste.",
            "Conservé (historique de la veille) ; à l'effacement de son auteur·e, une publication à venir est annulée et "
            + "l'identifiant est remplacé par un code opaque (le message déjà publié dans le canal reste).",
        [
            F("Id", "Numéro de la publication."), F("Title", "Titre.", true), F("Url", "Lien.", true), F("Summary", "Résumé.", true),
            F("ThemeSlug", "Thème.", true), F("ChannelId", "Canal de publication."), F("PublishAtUtc", "Publication prévue.", true),
            F("AuthorId", "Identifiant Slack de la personne animatrice qui l'a préparée.", true), F("CreatedAtUtc", "Préparation.", true),
            F("State", "Prévue, publiée, échouée, manquée, incertaine ou annulée.", true), F("AttemptId", "Tentative de publication en cours."),
            F("PublishingStartedAtUtc", "Début de la tentative."), F("Ts", "Message publié."), F("Permalink", "Lien du message publié."),
            F("PublishedAtUtc", "Publication.", true), F("FailureReason", "Code d'erreur de Slack."),
            F("TransientFailures", "Tentatives abandonnées faute de joindre Slack."), F("FeedEntryId", "Entrée de flux d'origine."),
        ]),
        new(FeedEntryStore.Collection, typeof(FeedEntry), "Ne proposer qu'une fois chaque nouvelle des flux suivis.",
            "Personnes animatrices.",
            "Conservé (nouvelles publiques) ; à l'effacement, l'identifiant de la personne qui a décidé est retiré.",
        [
            F("Id", "Empreinte du lien."), F("FeedUrl", "Flux."), F("FeedTitle", "Titre du flux."), F("Title", "Titre de la nouvelle.", true),
            F("Link", "Lien.", true), F("Summary", "Résumé."), F("PublishedAtUtc", "Date de la nouvelle."), F("SeenAtUtc", "Première lecture."),
            F("State", "Vue, proposée, ignorée ou planifiée.", true),
            F("DecidedBy", "Identifiant Slack de la personne animatrice qui l'a ignorée ou planifiée.", true),
            F("WatchItemId", "Publication de veille planifiée."),
        ]),
        new(WatchDigestLog.Collection, typeof(WatchDigestLog.DigestRecord), "Ne publier qu'un résumé de veille par jour.",
            "Personne (usage interne du bot) ; aucun identifiant de membre.", "Conservé.",
        [F("Day", "Jour du résumé."), F("PostedAtUtc", "Publication."), F("ItemCount", "Nombre de publications résumées.")]),
        new(SheetStore.Collection, typeof(Sheet), "Catalogue des fiches de connaissances (CC0).",
            "Tous les membres voient les fiches ; l'auteur·e est connu·e des personnes animatrices.",
            "Conservé (une fiche retirée reste pour mémoire) ; à l'effacement, la fiche est attribuée à la Brigade et "
            + "l'identifiant de qui l'a modifiée ou retirée est remplacé par un code opaque.",
        [
            F("Id", "Numéro de la fiche.", true), F("Title", "Titre.", true), F("ThemeSlug", "Thème."), F("Summary", "Résumé."),
            F("WebUrl", "Lien web."), F("PdfUrl", "Lien PDF."), F("Keywords", "Mots-clés."),
            F("Origin", "Origine : synthèse de thème, rencontre de codéveloppement ou conférence."),
            F("PublishedOn", "Date de publication."),
            F("AuthorId", "Identifiant Slack de la personne qui l'a publiée (aucun pour les synthèses de thème).", true),
            F("SeedKey", "Synthèse de thème d'origine."), F("CreatedAtUtc", "Ajout.", true),
            F("UpdatedAtUtc", "Dernière modification.", true), F("UpdatedBy", "Identifiant Slack de la personne qui l'a modifiée.", true),
            F("RetiredAtUtc", "Retrait.", true), F("RetiredBy", "Identifiant Slack de la personne qui l'a retirée.", true),
        ]),
        new(SheetShareStore.Collection, typeof(SheetShare), "Rapport d'impact : compter les fiches partagées dans un canal.",
            "Personnes animatrices, en totaux ; aucun identifiant de membre (qui a partagé n'est pas conservé).",
            "Conservé : anonyme, il ne change pas à l'effacement.",
        [
            F("Id", "Identifiant interne."), F("SheetId", "Fiche partagée."), F("ThemeSlug", "Thème de la fiche."),
            F("AtUtc", "Moment du partage (UTC)."),
        ]),
        new(AuditStore.Collection, typeof(AuditEntry), "Preuve des consultations, exportations et effacements des données d'autrui.",
            "La personne responsable de la protection des renseignements personnels.",
            "`Privacy:Retention:AuditMonths` ; à l'effacement, le membre y est remplacé par un code opaque.",
        [
            F("Id", "Identifiant interne."), F("AtUtc", "Moment (UTC)."), F("Actor", "Qui a agi (identifiant Slack ou code opaque)."),
            F("Action", "Consultation, exportation ou effacement."), F("Subject", "Membre concerné (identifiant Slack ou code opaque)."),
        ]),
    ];
}
