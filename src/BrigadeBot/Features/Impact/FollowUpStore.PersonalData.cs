using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// The follow-up survey in export, erasure and retention. An invitation names the member until the survey closes; the
/// answers hold nothing that ties them to anyone, except a first name their author chose to sign a published testimonial with.
/// </summary>
public sealed partial class FollowUpStore : IPersonalDataStore
{
    public static readonly PersonalDataCollection InvitationInventory = new(Invitations, typeof(FollowUpInvitation),
        "Envoyer le sondage de suivi une fois par année de programme, un seul rappel, et ne recevoir qu'une réponse.",
        "Personne (usage interne du bot).",
        "Un jour après la fermeture du sondage (`Brigade:Survey:OpenDays` après l'envoi) ; effacé par `oublier`.",
    [
        F("Id", "Année de programme et identifiant Slack du membre.", true), F("MemberId", "Identifiant Slack du membre.", true),
        F("ProgramYear", "Premier jour de l'année de programme.", true), F("SentAtUtc", "Envoi du sondage.", true),
        F("RemindedAtUtc", "Envoi du rappel.", true), F("ClosesAtUtc", "Fermeture du sondage.", true),
        F("Answered", "Le sondage a été répondu (la réponse elle-même ne peut pas être retrouvée).", true),
    ]);

    public static readonly PersonalDataCollection AnswerInventory = new(Answers, typeof(FollowUpAnswer),
        "Mesurer, quelques mois après les accompagnements, le transfert des connaissances et les actions posées, pour le rapport d'impact.",
        "Personnes animatrices, en totaux ; les témoignages seulement dans le fichier CSV du rapport, jamais dans un canal.",
        "Conservé : anonyme (ni membre, ni heure de réponse), il ne change pas à l'effacement. Un témoignage signé d'un prénom "
        + "ne peut pas être relié à son auteur·e : pour le retirer, écrire à la personne responsable de la protection des renseignements.",
    [
        F("Id", "Identifiant aléatoire (ne porte pas l'heure de la réponse)."), F("ProgramYear", "Année de programme visée."),
        F("Shared", "Avec combien de personnes ce qui a été appris a été partagé."), F("ConcreteStep", "Une action concrète a été posée."),
        F("MostHelpful", "Activité de la Brigade qui a le plus aidé."), F("Stage", "Où la personne en est avec le numérique."),
        F("Testimonial", "Témoignage libre facultatif."),
        F("Publication", "Consentement distinct à publier le témoignage : non, anonyme ou avec le prénom."),
        F("FirstName", "Prénom pour signer le témoignage publié, seulement si la personne l'a choisi."),
    ]);

    public static readonly PersonalDataCollection TallyInventory = new(Tallies, typeof(FollowUpTally),
        "Taux de réponse du sondage de suivi : combien de membres l'ont reçu, par année de programme.",
        "Personnes animatrices, en totaux.", "Conservé : un nombre, sans aucun nom.",
        [F("ProgramYear", "Premier jour de l'année de programme."), F("Invited", "Nombre de membres qui ont reçu le sondage.")]);

    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        foreach (var invitation in InvitationCollection(db).Find(i => i.MemberId == memberId))
            export.Add("followup_surveys", new JsonObject
            {
                ["program_year"] = invitation.ProgramYear,
                ["sent_at"] = export.Date(invitation.SentAtUtc),
                ["reminded_at"] = export.Date(invitation.RemindedAtUtc),
                ["closes_at"] = export.Date(invitation.ClosesAtUtc),
                ["answered"] = invitation.Answered,
            });
    }

    public void Erase(ILiteDatabase db, string memberId, Erasure erasure) =>
        erasure.Removed.Add("followup-invitations", InvitationCollection(db).DeleteMany(i => i.MemberId == memberId));

    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed) =>
        removed.Add("followup-invitations", DeleteClosed(db, cutoffs.NowUtc));
}
