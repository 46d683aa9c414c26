using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// Watch posts in export and erasure: what the animator prepared. At erasure a post not yet published is cancelled
/// (it would name them); the others keep their history with the id replaced by the erasure's opaque code. Watch posts
/// are the program's public record: retention removes none.
/// </summary>
public sealed partial class WatchStore : IPersonalDataStore
{
    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(WatchItem), "Publier la veille préparée par les personnes animatrices.",
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
    ]);

    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        foreach (var item in Items(db).Find(i => i.AuthorId == memberId).OrderBy(i => i.CreatedAtUtc))
            export.Add("watch_items", new JsonObject
            {
                ["title"] = item.Title,
                ["url"] = item.Url,
                ["summary"] = item.Summary,
                ["theme"] = item.ThemeSlug,
                ["state"] = item.State.ToString().ToLowerInvariant(),
                ["created_at"] = export.Date(item.CreatedAtUtc),
                ["publish_at"] = export.Date(item.PublishAtUtc),
                ["published_at"] = export.Date(item.PublishedAtUtc),
            });
    }

    public void Erase(ILiteDatabase db, string memberId, Erasure erasure)
    {
        var items = Items(db);
        var mine = items.Find(i => i.AuthorId == memberId).ToList();
        foreach (var item in mine)
        {
            if (item.IsEditable)
            {
                item.State = WatchState.Cancelled;
                erasure.Removed.Add("watch-items-cancelled", 1);
            }
            item.AuthorId = erasure.Tombstone; // never rendered again: only coming posts and their notices name the author
            items.Update(item);
        }
        erasure.Removed.Add("watch-items-anonymised", mine.Count);
    }

    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed) { }
}

/// <summary>Feed suggestions an animator ignored or planned: the decision is exported; at erasure the decider is forgotten.</summary>
public sealed partial class FeedEntryStore : IPersonalDataStore
{
    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(FeedEntry), "Ne proposer qu'une fois chaque nouvelle des flux suivis.",
        "Personnes animatrices.",
        "Conservé (nouvelles publiques) ; à l'effacement, l'identifiant de la personne qui a décidé est retiré.",
    [
        F("Id", "Empreinte du lien."), F("FeedUrl", "Flux."), F("FeedTitle", "Titre du flux."), F("Title", "Titre de la nouvelle.", true),
        F("Link", "Lien.", true), F("Summary", "Résumé."), F("PublishedAtUtc", "Date de la nouvelle."), F("SeenAtUtc", "Première lecture."),
        F("State", "Vue, proposée, ignorée ou planifiée.", true),
        F("DecidedBy", "Identifiant Slack de la personne animatrice qui l'a ignorée ou planifiée.", true),
        F("WatchItemId", "Publication de veille planifiée."),
    ]);

    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        foreach (var entry in Entries(db).Find(e => e.DecidedBy == memberId).OrderBy(e => e.SeenAtUtc))
            export.Add("watch_feed_decisions", new JsonObject
            {
                ["title"] = entry.Title,
                ["link"] = entry.Link,
                ["decision"] = entry.State.ToString().ToLowerInvariant(),
            });
    }

    /// <summary>The decider becomes unknown (null, not the opaque code: « already planned by » names the decider in Slack).</summary>
    public void Erase(ILiteDatabase db, string memberId, Erasure erasure)
    {
        var entries = Entries(db);
        var mine = entries.Find(e => e.DecidedBy == memberId).ToList();
        foreach (var entry in mine)
        {
            entry.DecidedBy = null;
            entries.Update(entry);
        }
        erasure.Removed.Add("watch-feed-decisions-anonymised", mine.Count);
    }

    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed) { }
}
