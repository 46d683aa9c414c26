using BrigadeBot.Features.Common;
namespace BrigadeBot.Features.Home;

/// <summary>Every French word of the App Home's own frame (the features' sections hold theirs).</summary>
public static class HomeTexts
{
    public const string MemberHeader = "Brigade numérique des Laurentides";
    public static readonly string MemberIntro =
        FrenchTypography.Apply("Accompagnements en visioconférence, codéveloppement, veille et fiches : tout se passe avec la commande `/brigade`. Tapez `/brigade aide` pour la liste.");

    public const string Privacy = "Vos renseignements personnels";
    public static readonly string PrivacyText =
        FrenchTypography.Apply("`/brigade confidentialite` : ce que nous conservons et pourquoi\n`/brigade consentements` : vos choix\n")
        + FrenchTypography.Apply("`/brigade mes-donnees` : recevoir vos données\n`/brigade corriger` : les corriger\n`/brigade oublier` : les faire effacer");

    public static readonly string AnimatorHeader = FrenchTypography.Apply("Brigade numérique : tableau de bord");
    public const string Truncated = "… la suite dans les commandes `/brigade`.";
}
