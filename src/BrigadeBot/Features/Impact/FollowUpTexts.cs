using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Impact;

/// <summary>Every French word of the follow-up survey sent months after the accompaniments.</summary>
public static class FollowUpTexts
{
    public static readonly string Invitation = FrenchTypography.Apply(
        ":seedling: Il y a quelques mois, la Brigade numérique vous a accompagné·e. Qu'en avez-vous fait depuis ? "
        + "Vos réponses à ce court sondage (2 minutes) nous aident à rendre compte du programme ; elles sont conservées sans votre nom ni votre identifiant.");
    public const string InvitationFallback = "Sondage de suivi de la Brigade numérique";
    public static string Reminder(string closes) => FrenchTypography.Format(
        $":bell: Petit rappel : le sondage de suivi de la Brigade numérique est ouvert jusqu'au {closes}. Deux minutes suffisent, merci !");
    public const string Button = "Répondre au sondage";

    public const string Title = "Sondage de suivi";
    public const string Submit = "Envoyer";
    public static readonly string Intro = FrenchTypography.Apply(
        "Quelques questions sur ce que vous avez fait depuis vos accompagnements. Vos réponses sont conservées sans votre nom ni votre identifiant.");
    public static readonly string SharedLabel = FrenchTypography.Apply("Avez-vous partagé ce que vous avez appris ? Avec combien de personnes ?");
    public static readonly string StepLabel = FrenchTypography.Apply("Avez-vous posé une action concrète liée à votre virage numérique depuis ?");
    public static readonly string HelpfulLabel = FrenchTypography.Apply("Quelle activité de la Brigade vous a le plus aidé ?");
    public static readonly string StageLabel = FrenchTypography.Apply("Où en êtes-vous avec le numérique ?");
    public static readonly string TestimonialLabel = FrenchTypography.Apply("Un témoignage ?");
    public static readonly string TestimonialHint = FrenchTypography.Apply(
        "Facultatif : quelques mots sur ce que la Brigade a changé pour vous. Il ne sera publié que si vous cochez la case ci-dessous.");
    public const string ConsentLabel = "Publication du témoignage";
    public const string ConsentOption = "J'accepte que la Brigade publie mon témoignage";
    public static readonly string ConsentHint = FrenchTypography.Apply("Facultatif et distinct de vos réponses : sans cette case, votre témoignage reste interne.");
    public const string SignatureLabel = "Signature du témoignage publié";
    public const string SignatureAnonymous = "Anonyme";
    public const string SignatureFirstName = "Avec mon prénom";
    public const string FirstNameLabel = "Votre prénom";
    public static readonly string FirstNameHint = FrenchTypography.Apply("Seulement si vous signez avec votre prénom.");

    public static readonly IReadOnlyList<(FollowUpShared Value, string Label)> SharedChoices =
    [
        (FollowUpShared.Nobody, "Personne"),
        (FollowUpShared.OneToThree, "1 à 3"),
        (FollowUpShared.ThreeToFive, "3 à 5"),
        (FollowUpShared.FiveOrMore, "5 et plus"),
    ];
    public static readonly IReadOnlyList<(bool Value, string Label)> StepChoices = [(true, "Oui"), (false, "Pas encore")];
    public static readonly IReadOnlyList<(FollowUpActivity Value, string Label)> ActivityChoices =
    [
        (FollowUpActivity.Accompaniments, "Accompagnements"),
        (FollowUpActivity.Conferences, "Conférences"),
        (FollowUpActivity.Codevelopment, "Codéveloppement"),
        (FollowUpActivity.Sheets, "Fiches"),
        (FollowUpActivity.Watch, "Veille"),
        (FollowUpActivity.SlackCommunity, "Communauté Slack"),
    ];
    public static readonly IReadOnlyList<(FollowUpStage Value, string Label, string Description)> StageChoices =
    [
        (FollowUpStage.Discovery, "Découverte", "Je commence à explorer les outils."),
        (FollowUpStage.Operational, "Opérationnel", "J'utilise les outils dans mon travail."),
        (FollowUpStage.Advanced, "Avancé", "Je maîtrise les outils et j'aide les autres."),
    ];

    public const string ChooseOne = "Choisissez une réponse.";
    public static readonly string FirstNameMissing = FrenchTypography.Apply("Indiquez votre prénom, ou choisissez « Anonyme ».");

    public static readonly string Thanks = FrenchTypography.Apply(":raised_hands: Merci ! Vos réponses sont enregistrées, sans votre nom.");
    public static readonly string AlreadyAnswered = FrenchTypography.Apply("Vous avez déjà répondu au sondage de suivi de cette année. Merci !");
    public static readonly string Closed = FrenchTypography.Apply("Ce sondage est fermé. Merci quand même !");
    public const string NotYours = "Ce sondage n'est pas disponible.";
}
