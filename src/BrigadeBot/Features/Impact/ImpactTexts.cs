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
    public const string ProgressLabel = "Vos compétences numériques ont-elles progressé ?";
    public const string TransferLabel = "À combien de personnes pensez-vous transmettre ce que vous avez appris ?";
    public const string TransferHint = "Un nombre entre 0 et 500 : collègues, proches, membres de votre organisme…";
    public const string CommentLabel = "Un commentaire ?";
    public const string CommentPlaceholder = "Facultatif";
    public const string CommentHint = "Votre réponse reste anonyme : n'y écrivez ni votre nom ni aucun renseignement personnel.";

    public static readonly IReadOnlyList<(SurveyProgress Value, string Label)> ProgressChoices =
    [
        (SurveyProgress.Yes, "Oui"),
        (SurveyProgress.ALittle, "Un peu"),
        (SurveyProgress.No, "Non"),
    ];

    public const string ChooseSatisfaction = "Choisissez une note de 1 à 5.";
    public const string ChooseProgress = "Choisissez une réponse.";
    public const string BadTransfer = "Indiquez un nombre entier entre 0 et 500.";

    public const string SurveyThanks = ":raised_hands: Merci ! Votre avis est enregistré, sans votre nom.";
    public const string SurveyAlreadyAnswered = "Vous avez déjà donné votre avis sur cet accompagnement. Merci !";
    public const string SurveyClosed = "Ce sondage est fermé. Merci quand même !";
    public const string SurveyNotYours = "Ce sondage n'est pas disponible.";
}
