using BrigadeBot.Features.Common;
namespace BrigadeBot.Features.Privacy;

/// <summary>Every French word of the privacy modals (titles ≤ 24 characters).</summary>
public static class PrivacyModalTexts
{
    // Consents
    public const string ConsentTitle = "Mes consentements";
    public const string Save = "Enregistrer";
    public static readonly string ConsentIntro =
        FrenchTypography.Apply("Chaque choix est facultatif et séparé des autres : cochez ce que vous acceptez, décochez pour retirer votre ")
        + "consentement. Le retrait prend effet tout de suite. Refuser ne vous prive d'aucun service.";
    public const string ConsentSavedTitle = "C'est enregistré";
    public static string ConsentState(string title, bool granted) => FrenchTypography.Format($"• {title} : {(granted ? "*accordé*" : "*refusé*")}");
    public static readonly string ConsentSavedIntro = FrenchTypography.Apply("Vos choix actuels :");
    public static readonly string StatisticsWithdrawnNote =
        FrenchTypography.Apply("Votre catégorie ne comptera plus dans les prochaines statistiques ; les totaux déjà calculés, anonymes, restent tels quels.");

    // Erasure
    public const string EraseTitle = "Oublier mes données";
    public const string EraseOtherTitle = "Effacer un membre";
    public const string EraseSubmit = "Tout effacer";
    public const string Close = "Fermer";
    public static string EraseIntro(bool self, string who) =>
        (self ? FrenchTypography.Apply("*Voici ce qui se passera si vous confirmez :*") : FrenchTypography.Format($"*Effacer les données de {who}. Voici ce qui se passera :*"));
    public static string EraseWhat(int coming, int bookings, int proposals, int votes, int registrations) =>
        FrenchTypography.Format($"• {coming} accompagnement(s) à venir seront annulés ; les personnes animatrices en seront averties, sans votre nom.\n")
        + $"• {bookings} réservation(s) au total, votre catégorie et l'historique de vos consentements seront effacés.\n"
        + $"• {proposals} proposition(s) de codéveloppement seront effacées (et retirées du canal), {votes} vote(s) retiré(s), "
        + $"{registrations} inscription(s) à des rencontres retirée(s).\n"
        + FrenchTypography.Apply("• Les statistiques anonymes du programme ne changent pas : elles ne contiennent pas votre identifiant.\n")
        + "• Le journal des accès garde ses lignes, mais votre identifiant y est remplacé par un code opaque.\n"
        + "*C'est définitif.* Vous pourrez toujours utiliser la Brigade ensuite, comme une nouvelle personne.";
    public const string ErasedTitle = "Données effacées";
    public static readonly string Erased = FrenchTypography.Apply(":white_check_mark: C'est fait : vos données sont effacées de la Brigade numérique.");
    public static string ErasedOther(string who) => FrenchTypography.Format($":white_check_mark: C'est fait : les données de {who} sont effacées. L'effacement est inscrit au journal.");

    // Correction
    public const string CorrectTitle = "Corriger mes données";
    public const string CorrectSubmit = "Appliquer";
    public const string CorrectIntro = "Changez ce qui n'est plus juste. Ce que vous ne touchez pas reste tel quel.";
    public const string CategoryLabel = "Ma catégorie de profil";
    public const string CorrectedTitle = "C'est corrigé";
    /// <summary><paramref name="changes"/>: one line per feature list that changed something, in its own words.</summary>
    public static string Corrected(bool category, IReadOnlyList<string> changes) =>
        ":white_check_mark: C'est fait."
        + (category ? "\n• Votre catégorie est changée." : "")
        + string.Concat(changes.Select(change => "\n• " + change))
        + (!category && changes.Count == 0 ? " Rien n'a changé." : "");
}
