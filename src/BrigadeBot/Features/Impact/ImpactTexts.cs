using BrigadeBot.Features.Common;
namespace BrigadeBot.Features.Impact;

/// <summary>Every French word of the post-session survey (the report's: <see cref="ReportTexts"/>).</summary>
public static class ImpactTexts
{
    public const string SurveyButton = "Donner mon avis (1 minute)";
    public const string SurveyTitle = "Votre avis";
    public const string SurveySubmit = "Envoyer";
    public static string SurveyIntro(string theme) =>
        $"Votre avis sur l'accompagnement *{theme}* nous aide à améliorer la Brigade et à rendre compte du programme. "
        + "Vos réponses sont conservées sans votre nom ni votre identifiant.";
    public const string SatisfactionLabel = "Votre satisfaction (1 = pas du tout satisfait·e, 5 = très satisfait·e)";
    public static readonly string ProgressLabel = FrenchTypography.Apply("Vos compétences numériques ont-elles progressé ?");
    public static readonly string TransferLabel = FrenchTypography.Apply("À combien de personnes pensez-vous transmettre ce que vous avez appris ?");
    public static readonly string TransferHint = FrenchTypography.Apply("Un nombre entre 0 et 500 : collègues, proches, membres de votre organisme…");
    public static readonly string CommentLabel = FrenchTypography.Apply("Un commentaire ?");
    public const string CommentPlaceholder = "Facultatif";
    public static readonly string CommentHint = FrenchTypography.Apply("Votre réponse reste anonyme : n'y écrivez ni votre nom ni aucun renseignement personnel.");

    public static readonly IReadOnlyList<(SurveyProgress Value, string Label)> ProgressChoices =
    [
        (SurveyProgress.Yes, "Oui"),
        (SurveyProgress.ALittle, "Un peu"),
        (SurveyProgress.No, "Non"),
    ];

    public const string ChooseSatisfaction = "Choisissez une note de 1 à 5.";
    public const string ChooseProgress = "Choisissez une réponse.";
    public const string BadTransfer = "Indiquez un nombre entier entre 0 et 500.";

    public static readonly string SurveyThanks = FrenchTypography.Apply(":raised_hands: Merci ! Votre avis est enregistré, sans votre nom.");
    public static readonly string SurveyAlreadyAnswered = FrenchTypography.Apply("Vous avez déjà donné votre avis sur cet accompagnement. Merci !");
    public static readonly string SurveyClosed = FrenchTypography.Apply("Ce sondage est fermé. Merci quand même !");
    public const string SurveyNotYours = "Ce sondage n'est pas disponible.";
}
