using System.Globalization;
using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Events;

/// <summary>
/// The conference survey markers in export, erasure and retention. A marker names a member while the survey is open; the
/// answers hold nothing that ties them to anyone and stay.
/// </summary>
public sealed partial class EventSurveyStore : IPersonalDataStore
{
    public static readonly PersonalDataCollection AnswerInventory = new(Answers, typeof(EventSurveyAnswer),
        "Mesurer si les conférences répondent aux attentes et font progresser, pour le rapport d'impact.",
        "Personnes animatrices, en totaux par conférence (à partir du seuil `Privacy:StatsMinCell`) ; jamais dans un canal.",
        "Conservé : anonyme (ni membre, ni heure de réponse), il ne change pas à l'effacement.",
    [
        F("Id", "Identifiant aléatoire (ne porte pas l'heure de la réponse)."), F("EventId", "Conférence."),
        F("Expectations", "Attentes comblées, de 0 à 100 %."), F("Progress", "Apprentissages : oui, un peu ou non."),
        F("Comment", "Commentaire libre facultatif."),
    ]);

    public static readonly PersonalDataCollection MarkerInventory = new(Markers, typeof(EventSurveyMarker),
        "Ne recevoir qu'une réponse au sondage par personne et par conférence.", "Personne (usage interne du bot).",
        "Jusqu'à la fermeture du sondage (`Brigade:Survey:OpenDays` après la conférence) ; effacé par `oublier`.",
        [F("Id", "Conférence et identifiant Slack de la personne qui a répondu.", true), F("ClosesAtUtc", "Fermeture du sondage.", true)]);

    /// <summary>Which conference surveys the member answered (the answer itself cannot be found back).</summary>
    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        foreach (var marker in MarkerCollection(db).FindAll().Where(m => MemberOf(m) == memberId))
            export.Add("survey_answers", new JsonObject
            {
                ["event"] = int.Parse(marker.Id[..marker.Id.IndexOf(':')], CultureInfo.InvariantCulture),
                ["answered"] = true,
                ["survey_closes_at"] = export.Date(marker.ClosesAtUtc),
            });
    }

    public void Erase(ILiteDatabase db, string memberId, Erasure erasure)
    {
        var mine = MarkerCollection(db).FindAll().Where(m => MemberOf(m) == memberId).ToList();
        foreach (var marker in mine) MarkerCollection(db).Delete(marker.Id);
        erasure.Removed.Add("event-survey-markers", mine.Count);
    }

    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed) =>
        removed.Add("event-survey-markers", MarkerCollection(db).DeleteMany(m => m.ClosesAtUtc <= cutoffs.NowUtc));

    private static string MemberOf(EventSurveyMarker marker) => marker.Id[(marker.Id.IndexOf(':') + 1)..];
}
