using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common.Members;

namespace BrigadeBot.Features.Privacy;

/// <summary>Every French word of the privacy commands (modals: <see cref="PrivacyModalTexts"/>).</summary>
public static partial class PrivacyTexts
{
    public const string HelpConfidentialite = "qui est responsable de vos renseignements personnels, ce que nous gardons et combien de temps";
    public const string HelpConsentements = "voir et changer vos consentements (statistiques, sondage, nom affiché)";
    public const string HelpMesDonnees = "recevoir en privé un résumé et une copie (JSON) de toutes vos données";
    public const string HelpCorriger = "corriger votre catégorie, annuler des réservations, retirer une proposition";
    public const string HelpOublier = "effacer toutes vos données (après confirmation)";

    public const string Fallback = "Vos renseignements personnels";
    public const string Header = "Vos renseignements personnels";
    public static readonly string OfficerMissing =
        FrenchTypography.Apply("La personne responsable n'est pas encore désignée dans la configuration : écrivez à une personne animatrice de la Brigade.");

    public static string Officer(string title, string contact) =>
        FrenchTypography.Format($"*Personne responsable de la protection des renseignements personnels* : {Mrkdwn.Escape(title)}, {Contact(contact)}");

    private static string Contact(string contact) =>
        Uri.TryCreate(contact, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "mailto" && Mrkdwn.IsSafeLinkUrl(contact)
            ? Mrkdwn.Link(contact, contact.StartsWith("mailto:", StringComparison.Ordinal) ? contact[7..] : contact)
            : Mrkdwn.Escape(contact);

    public static string Policy(string url) =>
        Mrkdwn.IsSafeLinkUrl(url) ? FrenchTypography.Format($"*Politique de confidentialité* : {Mrkdwn.Link(url, "lire la politique")}") : "";

    /// <summary>What is kept, with the months of each retention kind (by the name its feature declares).</summary>
    /// <param name="backupDays">How many days the nightly copies are kept; null when there are none.</param>
    public static string Kept(Func<string, int> months, int? backupDays) =>
        "*Ce que nous gardons, et combien de temps*\n"
        + "• Votre identifiant Slack (jamais votre nom, votre courriel ni votre photo).\n"
        + FrenchTypography.Format($"• Vos réservations d'accompagnement (thème, date, ce que vous aimeriez aborder) : {Months(months("Bookings"))} après la séance.\n")
        + FrenchTypography.Format($"• Votre catégorie de profil et l'historique de vos consentements : tant que vous avez des réservations, puis {Months(months("Bookings"))}.\n")
        + FrenchTypography.Format($"• Vos propositions, votes et inscriptions de codéveloppement : {Months(months("Proposals"))} après la rencontre ou l'archivage.\n")
        + FrenchTypography.Format($"• Le journal des consultations de vos données par les personnes animatrices : {Months(months("Audit"))}.\n")
        + FrenchTypography.Apply("• Les statistiques du programme ne contiennent aucun identifiant ; elles restent pour les rapports aux bailleurs de fonds.\n")
        + (backupDays is { } days
            ? FrenchTypography.Format($"• Les copies de sauvegarde de la base de données sont détruites après {days} jours : une donnée effacée ou arrivée au bout de sa durée de conservation en disparaît au plus tard {days} jours plus tard.\n")
            : "")
        + "Vos réservations, votre catégorie et vos réponses au sondage ne paraissent jamais dans un canal public.";

    public static readonly string Rights =
        "*Vos droits, ici même dans Slack*\n"
        + FrenchTypography.Apply("• `/brigade mes-donnees` : un résumé et une copie complète de vos données, en privé.\n")
        + FrenchTypography.Apply("• `/brigade corriger` : changer votre catégorie, annuler une réservation, retirer une proposition.\n")
        + FrenchTypography.Apply("• `/brigade consentements` : accorder ou retirer chaque consentement, en tout temps.\n")
        + FrenchTypography.Apply("• `/brigade oublier` : effacer toutes vos données.");

    private static string Months(int months) => months == 1 ? "1 mois" : $"{months} mois";

    // Access and export
    public const string ExportFileName = "mes-donnees-brigade.json";
    public static string ExportFileNameFor(string memberId) => $"donnees-brigade-{memberId}.json";
    public const string ExportTitle = "Vos données à la Brigade numérique";
    public const string ExportComment = "Voici la copie complète de vos données (format JSON, lisible par un tableur ou un éditeur de texte).";
    public static string ExportCommentFor(string memberId) =>
        $"Données de {Mrkdwn.User(memberId)}, à votre demande. Cette consultation est inscrite au journal.";
    public const string ExportFailed =
        "Je n'ai pas pu vous envoyer le fichier en message privé. Réessayez dans un instant, ou écrivez à une personne animatrice.";

    public static string Summary(IReadOnlyDictionary<string, int> counts, string? category, bool self) =>
        (self ? "*Ce que la Brigade garde sur vous*\n" : "*Ce que la Brigade garde sur ce membre*\n")
        + FrenchTypography.Format($"• Réservations d'accompagnement : {counts.GetValueOrDefault("bookings")}\n")
        + FrenchTypography.Format($"• Catégorie de profil : {CategoryText(category)}\n")
        + FrenchTypography.Format($"• Choix de consentement enregistrés : {counts.GetValueOrDefault("consents")}\n")
        + FrenchTypography.Format($"• Propositions de codéveloppement : {counts.GetValueOrDefault("proposals")}\n")
        + FrenchTypography.Format($"• Votes : {counts.GetValueOrDefault("votes")}\n")
        + FrenchTypography.Format($"• Inscriptions à des rencontres : {counts.GetValueOrDefault("registrations")}\n")
        + (counts.GetValueOrDefault("event_registrations") is > 0 and var events ? FrenchTypography.Format($"• Inscriptions à des conférences : {events}\n") : "")
        + FrenchTypography.Format($"• Réponses au sondage : {counts.GetValueOrDefault("survey_answers")}\n")
        + (Authored(counts) is > 0 and var authored ? FrenchTypography.Format($"• Publications de veille, suggestions de flux et fiches (animation) : {authored}\n") : "")
        + (self
            ? FrenchTypography.Format($"La copie complète ({ExportFileName}) vous arrive en message privé. Pour corriger : `/brigade corriger`.")
            : FrenchTypography.Apply("La copie complète vous arrive en message privé ; cette consultation est inscrite au journal."));

    private static int Authored(IReadOnlyDictionary<string, int> counts) =>
        counts.GetValueOrDefault("watch_items") + counts.GetValueOrDefault("watch_feed_decisions") + counts.GetValueOrDefault("sheets");

    public static string CategoryText(string? category) =>
        category is null ? "aucune" : MemberCategories.All.FirstOrDefault(c => c.Value == category).Label ?? category;

    public const string OthersAnimatorsOnly =
        "Vous ne pouvez consulter, corriger ou effacer que vos propres données. Tapez la commande sans rien après.";
    public const string BadMember = "Indiquez le membre en le mentionnant, par exemple `/brigade mes-donnees @nom`.";
}
