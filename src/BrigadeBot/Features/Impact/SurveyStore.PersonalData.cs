using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// The survey markers in export, erasure and retention. A marker holds a booking id, so it points at a member while the
/// booking exists; the answers themselves hold nothing that ties them to anyone and stay.
/// </summary>
public sealed partial class SurveyStore : IPersonalDataStore
{
    public static readonly PersonalDataCollection AnswerInventory = new(Answers, typeof(SurveyAnswer),
        "Mesurer la satisfaction et le transfert des connaissances pour le rapport d'impact.",
        "Personnes animatrices, en totaux et commentaires sans nom ; jamais dans un canal.",
        "Conservé : anonyme (ni membre, ni réservation, ni heure de réponse), il ne change pas à l'effacement.",
    [
        F("Id", "Identifiant aléatoire (ne porte pas l'heure de la réponse)."), F("ThemeSlug", "Thème de la séance."),
        F("Month", "Mois de la séance."), F("Satisfaction", "Satisfaction, de 1 à 5."),
        F("Progress", "Progrès ressenti : oui, un peu ou non."), F("Transfer", "Nombre de personnes à qui transmettre ce qui a été appris."),
        F("Comment", "Commentaire libre facultatif."),
    ]);

    public static readonly PersonalDataCollection MarkerInventory = new(Markers, typeof(SurveyMarker),
        "Ne recevoir qu'une réponse au sondage par réservation.", "Personne (usage interne du bot).",
        "Jusqu'à la fermeture du sondage (`Brigade:Survey:OpenDays` après la séance) ; effacé par `oublier`.",
        [F("BookingId", "Réservation dont le sondage a été répondu.", true), F("ClosesAtUtc", "Fermeture du sondage.", true)]);

    /// <summary>Which of the member's bookings had their survey answered (the answer itself cannot be found back).</summary>
    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        var mine = sessions.IdsOf(db, memberId);
        foreach (var marker in MarkerCollection(db).FindAll().Where(m => mine.Contains(m.BookingId)))
            export.Add("survey_answers", new JsonObject
            {
                ["booking"] = marker.BookingId,
                ["answered"] = true,
                ["survey_closes_at"] = export.Date(marker.ClosesAtUtc),
            });
    }

    /// <summary>
    /// Deletes the markers of the member's bookings, and those whose booking is already gone (the stores erase in turn:
    /// the bookings may be deleted before this runs).
    /// </summary>
    public void Erase(ILiteDatabase db, string memberId, Erasure erasure)
    {
        var markers = MarkerCollection(db);
        var gone = markers.FindAll()
            .Where(m => sessions.MemberOf(db, m.BookingId) is not { } member || member == memberId)
            .ToList();
        foreach (var marker in gone) markers.Delete(marker.BookingId);
        erasure.Removed.Add("survey-markers", gone.Count);
    }

    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed) =>
        removed.Add("survey-markers", MarkerCollection(db).DeleteMany(m => m.ClosesAtUtc <= cutoffs.NowUtc));
}
