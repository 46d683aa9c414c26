using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Common.Deliveries;

/// <summary>Delivery marks in the inventory, export, erasure and retention.</summary>
public sealed partial class DeliveryMarkStore : IPersonalDataStore
{
    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(DeliveryMark),
        "Ne jamais envoyer deux fois le même rappel, récapitulatif, lien de rediffusion ou sondage à une personne, même quand Slack est indisponible et que l'envoi est repris.",
        "Personne : seul le robot les lit.",
        "Jusqu'à ce que le message ne puisse plus partir (au plus tard au début de la rencontre ou de la conférence, trois jours après la rédaction d'un récapitulatif ou le relevé des présences d'une conférence) ; effacé par `oublier`.",
    [
        F("Id", "Identifiant interne."), F("Message", "Message concerné (rappel d'une rencontre ou d'une conférence et son moment, récapitulatif d'une séance et sa version, ou rediffusion et sondage d'une conférence).", true),
        F("MemberId", "Identifiant Slack du membre.", true), F("ClaimedAtUtc", "Moment de l'envoi.", true),
        F("UsefulUntilUtc", "Moment après lequel le message ne part plus.", true),
    ]);

    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        foreach (var mark in Marks(db).Find(m => m.MemberId == memberId).OrderBy(m => m.ClaimedAtUtc))
            export.Add("delivery_marks", new JsonObject
            {
                ["message"] = mark.Message,
                ["sent_at"] = export.Date(mark.ClaimedAtUtc),
                ["useful_until"] = export.Date(mark.UsefulUntilUtc),
            });
    }

    public void Erase(ILiteDatabase db, string memberId, Erasure erasure) =>
        erasure.Removed.Add("delivery-marks", Marks(db).DeleteMany(m => m.MemberId == memberId));

    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed) =>
        removed.Add("delivery-marks", Marks(db).DeleteMany(m => m.UsefulUntilUtc < cutoffs.NowUtc));
}
