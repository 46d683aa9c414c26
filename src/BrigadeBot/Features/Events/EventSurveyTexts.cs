using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Events;

/// <summary>Every word of the post-conference survey and of the events part of the report.</summary>
public static class EventSurveyTexts
{
    public const string Title = "Votre avis";
    public const string Submit = "Envoyer";
    public static string Intro(string title) =>
        FrenchTypography.Format($"Quelques questions sur la conférence *{title}*. Vos réponses sont gardées sans votre nom ni votre identifiant.");
    public static readonly string ExpectationsLabel = FrenchTypography.Apply("Dans quelle mesure la conférence a-t-elle répondu à vos attentes ?");
    public static readonly string ProgressLabel = FrenchTypography.Apply("Vos apprentissages ont-ils progressé ?");
    public const string CommentLabel = "Un commentaire (facultatif)";
    public const string CommentHint = "Sans nom ni détail qui vous identifie, s'il vous plaît.";
    public static string Percent(int value) => $"{value}\u00A0%";
    public static readonly IReadOnlyList<(LearningProgress Value, string Label)> ProgressChoices =
    [
        (LearningProgress.Yes, "Oui"),
        (LearningProgress.ALittle, "Un peu"),
        (LearningProgress.No, "Non"),
    ];
    public const string ChooseExpectations = "Choisissez un pourcentage.";
    public const string ChooseProgress = "Choisissez une réponse.";

    public static readonly string Thanks = FrenchTypography.Apply(":raised_hands: Merci ! Votre avis est enregistré, sans votre nom.");
    public static readonly string AlreadyAnswered = FrenchTypography.Apply("Vous avez déjà donné votre avis sur cette conférence. Merci !");
    public static readonly string Closed = FrenchTypography.Apply("Ce sondage est fermé. Merci quand même !");
    public const string NotYours = "Ce sondage n'est pas disponible.";

    public const string ReportTitle = "Conférences (programmation Off)";
    public static string ReportCounts(int events, int registrations, int attendances) =>
        FrenchTypography.Format($"Conférences : {events} · inscriptions : {registrations} · présences : {attendances}");
    public static string ReportSurvey(int answers, int attendances, string rate, string expectations, string progress) =>
        FrenchTypography.Format($"Sondage des conférences : {answers} réponses sur {attendances} présences ({rate}) · attentes comblées en moyenne : {expectations} · apprentissages qui ont progressé : {progress}");
    public const string NoAnswer = "aucune réponse";
    public const string Hidden = "moins de réponses que le seuil de confidentialité";
    public const string TableFile = "conferences.csv";
    public const string TableTitle = "Conférences de la période";
    public static readonly IReadOnlyList<string> TableHeader =
        ["Date", "Titre", "Format", "Places", "Inscriptions", "Présences", "Réponses au sondage", "Attentes comblées (moyenne %)", "Apprentissages, oui (%)", "Apprentissages, un peu (%)"];
    public static string FormatName(ConferenceFormat format) => format switch
    {
        ConferenceFormat.InPerson => "En personne",
        ConferenceFormat.Online => "En ligne",
        _ => "En personne et en ligne",
    };
}
