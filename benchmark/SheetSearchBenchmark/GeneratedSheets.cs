using BrigadeBot.Features.Sheets;

namespace SheetSearchBenchmark;

/// <summary>A deterministic catalogue of French-looking sheets: the ten theme summaries, then generated ones.</summary>
internal static class GeneratedSheets
{
    private static readonly string[] Words =
    [
        "infolettre", "réseaux", "sociaux", "public", "artiste", "organisme", "culturel", "diffusion", "spectacle",
        "musée", "bibliothèque", "métadonnées", "référencement", "visibilité", "données", "structurées", "sécurité",
        "mot", "passe", "hameçonnage", "sauvegarde", "nuage", "documents", "partagés", "collaboration", "atelier",
        "formation", "accompagnement", "subvention", "demande", "budget", "tarifs", "billetterie", "médiation",
        "Wikipédia", "Wikidata", "contribuer", "licence", "libre", "photographie", "vidéo", "balado", "captation",
        "diffuser", "algorithme", "recommandation", "plateforme", "intelligence", "artificielle", "empreinte",
        "énergie", "sobriété", "renseignements", "personnels", "consentement", "politique", "confidentialité",
        "métavers", "jetons", "cryptomonnaie", "événement", "hybride", "webinaire", "animation", "bénévoles",
        "communication", "stratégie", "calendrier", "publication", "Instagram", "Facebook", "TikTok", "YouTube",
        "infonuagique", "courriel", "pourriel", "authentification", "gestionnaire", "Laurentides", "région",
        "territoire", "patrimoine", "archives", "numérisation", "accessibilité", "inclusion", "jeunesse", "écoles",
    ];

    private static readonly string[] Themes = [.. SheetSeeds.Keywords.Keys];

    public static IReadOnlyList<Sheet> Create(int count, int seed = 42)
    {
        var random = new Random(seed);
        var sheets = Themes.Select((slug, i) => new Sheet
        {
            Id = i + 1, Title = slug, ThemeSlug = slug, Summary = Sentence(random, 20), Keywords = [.. SheetSeeds.For(slug)],
            Origin = SheetOrigin.ThemeSummary, PublishedOn = new DateOnly(2025, 4, 1),
        }).ToList();
        for (var id = sheets.Count + 1; id <= count; id++)
            sheets.Add(new Sheet
            {
                Id = id,
                Title = Sentence(random, random.Next(3, 9)),
                ThemeSlug = Themes[random.Next(Themes.Length)],
                Summary = Sentence(random, random.Next(30, 90)),
                Keywords = [.. Enumerable.Range(0, random.Next(2, 8)).Select(_ => Word(random))],
                Origin = (SheetOrigin)random.Next(3),
                PublishedOn = new DateOnly(2025, 4, 1).AddDays(random.Next(600)),
                WebUrl = $"https://culturelaurentides.com/brigade/fiches/{id}",
            });
        return sheets;
    }

    // Two words in three from the list, the rest invented, so the vocabulary grows as a real catalogue's would.
    private static string Word(Random random) =>
        random.Next(3) < 2 ? Words[random.Next(Words.Length)] : Words[random.Next(Words.Length)] + random.Next(500);

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Word(random)));
}
