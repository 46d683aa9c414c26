using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.CalendarSubscription;

/// <summary>Calendar subscription tokens in the inventory, export and erasure.</summary>
public sealed partial class CalendarTokenStore : IPersonalDataStore
{
    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(CalendarToken),
        "Donner à une personne animatrice l'adresse secrète de son calendrier (séances, rencontres, événements).",
        "Personne : seule l'empreinte du lien est conservée, le lien lui-même n'est montré qu'une fois à la personne animatrice.",
        "Jusqu'à « Nouveau lien » (qui le remplace) ou `oublier` ; inutilisable dès que la personne n'est plus animatrice.",
    [
        F("AnimatorId", "Identifiant Slack de la personne animatrice.", true),
        F("TokenHash", "Empreinte SHA-256 du lien secret."),
        F("CreatedAtUtc", "Création du lien.", true),
    ]);

    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        if (Tokens(db).FindById(memberId) is { } token)
            export.Add("calendar_subscription", new JsonObject { ["created_at"] = export.Date(token.CreatedAtUtc) });
    }

    public void Erase(ILiteDatabase db, string memberId, Erasure erasure) =>
        erasure.Removed.Add("calendar_subscription", Tokens(db).Delete(memberId) ? 1 : 0);

    /// <summary>Nothing expires by age: a link lives until replaced or erased, and serves nothing once its owner stops animating.</summary>
    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed) { }
}
