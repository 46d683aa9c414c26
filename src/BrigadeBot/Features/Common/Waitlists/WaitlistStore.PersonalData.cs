using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Common.Waitlists;

/// <summary>Waiting lists in the inventory, export, erasure and retention.</summary>
public sealed partial class WaitlistStore : IPersonalDataStore
{
    /// <summary>After joining: a list nobody served in that time has no purpose left.</summary>
    public static readonly RetentionKind Retention = new("Waitlists", 6);

    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(WaitlistEntry),
        "Listes d'attente : offrir une place libérée à la prochaine personne, dans l'ordre d'arrivée.",
        "Le membre ; les personnes animatrices ne voient pas qui attend.",
        "Jusqu'à ce que la place soit prise, que le membre quitte la liste, que son offre expire ou que ce qui était attendu "
        + "soit passé (un créneau ou une rencontre commencés, une rencontre annulée), au plus `Privacy:Retention:WaitlistsMonths` après l'inscription ; effacé par `oublier`.",
    [
        F("Id", "Identifiant interne.", true), F("Owner", "Fonction qui sert la liste (accompagnements, codéveloppement…)."),
        F("Queue", "Ce qui est attendu : un thème, un créneau ou une rencontre de codéveloppement.", true), F("MemberId", "Identifiant Slack du membre.", true),
        F("Position", "Ordre d'arrivée dans la liste.", true), F("Choice", "Précision choisie par le membre (le thème).", true),
        F("JoinedAtUtc", "Moment de l'inscription.", true), F("OfferedPlace", "Place offerte et retenue pour le membre.", true),
        F("OfferedAtUtc", "Moment de l'offre.", true), F("HoldUntilUtc", "Fin de la période où la place est retenue.", true),
    ], Retention);

    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        foreach (var entry in Entries(db).Find(e => e.MemberId == memberId).OrderBy(e => e.JoinedAtUtc))
            export.Add("waitlists", new JsonObject
            {
                ["id"] = entry.Id,
                ["queue"] = entry.Queue,
                ["position"] = entry.Position,
                ["choice"] = entry.Choice,
                ["joined_at"] = export.Date(entry.JoinedAtUtc),
                ["offered_place"] = entry.OfferedPlace,
                ["offered_at"] = export.Date(entry.OfferedAtUtc),
                ["hold_until"] = export.Date(entry.HoldUntilUtc),
            });
    }

    /// <summary>Deletes the member's entries; a place they held goes to the next person once the erasure is committed.</summary>
    public void Erase(ILiteDatabase db, string memberId, Erasure erasure)
    {
        var mine = Entries(db).Find(e => e.MemberId == memberId).ToList();
        foreach (var entry in mine) Entries(db).Delete(entry.Id);
        erasure.Removed.Add("waitlists", mine.Count);
        var held = mine.Where(e => e.OfferedPlace is not null).ToList();
        if (held.Count > 0)
            erasure.Then("erasure: waiting-list places", async (services, ct) =>
            {
                var holds = services.GetRequiredService<WaitlistHolds>();
                foreach (var entry in held)
                {
                    await holds.UnscheduleAsync(entry.Id, ct);
                    await holds.ReleaseAsync(entry.Owner, entry.OfferedPlace!, ct);
                }
            });
    }

    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed)
    {
        var cutoff = cutoffs.Before(Retention);
        removed.Add("waitlists", Entries(db).DeleteMany(e => e.JoinedAtUtc < cutoff && e.OfferedPlace == null));
    }
}
