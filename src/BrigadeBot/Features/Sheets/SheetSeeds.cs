namespace BrigadeBot.Features.Sheets;

/// <summary>
/// Search keywords of the theme summaries seeded from the catalogue, keyed by theme slug: the words members type
/// when they look for a theme without knowing its name (« wikipédia » for the Wikimédia sheet).
/// </summary>
public static class SheetSeeds
{
    public static readonly IReadOnlyDictionary<string, string[]> Keywords = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["marketing-numerique"] = ["réseaux sociaux", "Facebook", "Instagram", "infolettre", "site Web", "publicité", "communication", "promotion"],
        ["evenements-virtuels"] = ["webinaire", "visioconférence", "Zoom", "diffusion en direct", "hybride", "en ligne", "animation"],
        ["collaboration-nuagique"] = ["infonuagique", "nuage", "Google Drive", "OneDrive", "documents partagés", "Teams", "stockage", "travail d'équipe"],
        ["decouvrabilite"] = ["métadonnées", "données structurées", "référencement", "SEO", "Google", "visibilité", "schema.org"],
        ["sobriete-numerique"] = ["environnement", "écoresponsable", "empreinte carbone", "énergie", "écologie", "obsolescence"],
        ["cybersecurite"] = ["sécurité", "mot de passe", "gestionnaire de mots de passe", "hameçonnage", "phishing", "double authentification", "piratage", "virus", "sauvegarde"],
        ["loi-25"] = ["renseignements personnels", "vie privée", "confidentialité", "consentement", "protection des données", "politique de confidentialité"],
        ["wikimedia"] = ["Wikipédia", "Wikidata", "Commons", "contribuer", "encyclopédie", "licence libre", "Wikimedia Commons"],
        ["ia-recommandation"] = ["intelligence artificielle", "IA", "algorithme", "ChatGPT", "recommandation", "plateformes", "Spotify", "YouTube"],
        ["metavers-nft-crypto"] = ["métavers", "NFT", "cryptomonnaie", "chaîne de blocs", "blockchain", "bitcoin", "réalité virtuelle", "Web3"],
    };

    public static string Key(string themeSlug) => "theme:" + themeSlug;

    public static IReadOnlyList<string> For(string themeSlug) => Keywords.GetValueOrDefault(themeSlug) ?? [];
}
