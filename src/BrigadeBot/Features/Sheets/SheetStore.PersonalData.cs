using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Sheets;

/// <summary>
/// Sheets in export and erasure: what the person published, edited or retired. The catalogue stays (CC0, public); at
/// erasure the author becomes « la Brigade » (the card names the author, so no opaque code there) and the editor and
/// retirer become the erasure's opaque code. Retention removes none.
/// </summary>
public sealed partial class SheetStore : IPersonalDataStore
{
    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(Sheet), "Catalogue des fiches de connaissances (CC0).",
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
    ]);

    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        foreach (var sheet in Sheets(db).Find(s => s.AuthorId == memberId || s.UpdatedBy == memberId || s.RetiredBy == memberId)
                     .OrderBy(s => s.Id))
            export.Add("sheets", new JsonObject
            {
                ["id"] = sheet.Id,
                ["title"] = sheet.Title,
                ["published"] = sheet.AuthorId == memberId,
                ["created_at"] = sheet.AuthorId == memberId ? export.Date(sheet.CreatedAtUtc) : null,
                ["updated_at"] = sheet.UpdatedBy == memberId ? export.Date(sheet.UpdatedAtUtc) : null,
                ["retired_at"] = sheet.RetiredBy == memberId ? export.Date(sheet.RetiredAtUtc) : null,
            });
    }

    public void Erase(ILiteDatabase db, string memberId, Erasure erasure)
    {
        var sheets = Sheets(db);
        var touched = sheets.Find(s => s.AuthorId == memberId || s.UpdatedBy == memberId || s.RetiredBy == memberId).ToList();
        foreach (var sheet in touched)
        {
            if (sheet.AuthorId == memberId) sheet.AuthorId = null;
            if (sheet.UpdatedBy == memberId) sheet.UpdatedBy = erasure.Tombstone;
            if (sheet.RetiredBy == memberId) sheet.RetiredBy = erasure.Tombstone;
            sheets.Update(sheet);
        }
        erasure.Removed.Add("sheets-anonymised", touched.Count);
        if (touched.Count > 0)
            erasure.Then("erasure: sheet index", (services, token) =>
                services.GetRequiredService<SheetSearch>().RefreshAsync(token)); // the index keeps the sheets as they were
    }

    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed) { }
}
