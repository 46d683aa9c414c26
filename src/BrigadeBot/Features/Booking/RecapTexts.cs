using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>Every French word of the session recap: the agenda button, the modal, the PDF and the messages around it.</summary>
public static class RecapTexts
{
    // Agenda and modal
    public const string Button = "Récapitulatif";
    public static string ButtonLabel(int participant, string startsAt) =>
        MemberText.OneLine($"Récapitulatif, participant·e {participant} de la séance du {startsAt}", 75);
    public const string ModalTitle = "Récapitulatif";
    public const string Submit = "Envoyer";
    public static string Intro(string member, string theme, string when) =>
        FrenchTypography.Format($"Pour {member} · *{theme}* · {when}.\n")
        + FrenchTypography.Apply("Envoyer marque la personne présente : elle reçoit ce récapitulatif en PDF avec le message de suivi (ou tout de suite s'il est déjà parti), et vous une copie.");
    public const string SeenLabel = "Ce que nous avons vu";
    public const string NextStepsLabel = "Prochaines étapes";
    public const string ResourcesLabel = "Ressources";
    public const string ResourcesPlaceholder = "Guide de la Loi 25 https://…";
    public static readonly string ResourcesHint =
        FrenchTypography.Apply("Jusqu'à 5 liens, un par ligne, qui commencent par https:// ; un titre peut précéder le lien.");
    public const string SeenMissing = "Écrivez ce que vous avez vu ensemble.";
    public static string TooLong(int max) => $"Écrivez au plus {max} caractères.";
    public static string TooManyResources(int max) => $"Indiquez au plus {max} ressources, une par ligne.";
    public static string BadResource(int line) =>
        FrenchTypography.Format($"La ligne {line} ne finit pas par un lien Web complet (https://…) : un titre, une espace, puis le lien.");

    // Messages
    public static string MemberComment(string theme) =>
        FrenchTypography.Format($":page_facing_up: Voici le récapitulatif de votre accompagnement *{theme}*, à garder dans votre boîte à outils.");
    public static string AnimatorCopy(string member, string theme) =>
        FrenchTypography.Format($":page_facing_up: Copie du récapitulatif envoyé à {member} ({theme}).");
    public static string FileName(string bookingId) => $"recapitulatif-{bookingId}.pdf";
    public const string FileTitle = "Récapitulatif d'accompagnement";
    public static string AltText(string theme, string date) => $"Récapitulatif en PDF de l'accompagnement {theme} du {date}";

    // The PDF
    public const string Program = "Brigade numérique des Laurentides";
    public const string DocumentTitle = "Récapitulatif d'accompagnement";
    public const string ThemeLine = "Thème";
    public const string DateLine = "Date";
    public const string AnimatorLine = "Personne animatrice";
    public const string SeenHeading = "Ce que nous avons vu";
    public const string NextStepsHeading = "Prochaines étapes";
    public const string ResourcesHeading = "Ressources";
    public const string SheetHeading = "Fiche de connaissances du thème";
    public static readonly string Cc0 = FrenchTypography.Apply(
        "Cette fiche est offerte sous licence CC0 1.0 (domaine public) : copiez-la, adaptez-la et partagez-la librement, sans permission à demander.");
    public static string Field(string name, string value) => FrenchTypography.Format($"{name} : {value}");
    public static string When(string date, string start, string end) => $"{date}, {start} – {end}";
    public static string Footer(int page, int pages) => $"{Program} · page {page} de {pages}";

    // Correction (/brigade corriger)
    public const string CorrectionLabel = "Récapitulatifs de séance à retirer";
    public static readonly string CorrectionHint =
        FrenchTypography.Apply("Cochez un récapitulatif pour le retirer ; il ne pourra plus être renvoyé ni exporté.");
    public const string CorrectionNothing = "Aucun récapitulatif de séance enregistré.";
    public static string Corrected(int count) => count == 1 ? "1 récapitulatif retiré." : $"{count} récapitulatifs retirés.";
}
