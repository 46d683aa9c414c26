using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Storage;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Privacy;

/// <summary>The one collection no feature owns: Storage's record of Slack events already handled.</summary>
public static class SeenEventsInventory
{
    public static readonly PersonalDataCollection Collection = new(SeenEventStore.Collection, typeof(SeenEvent),
        "Ne traiter qu'une fois un événement que Slack renvoie.",
        "Personne (usage interne du bot) ; aucun identifiant de membre.", "24 heures.",
        [F("Id", "Identifiant d'événement Slack."), F("ReceivedAt", "Réception.")]);
}
