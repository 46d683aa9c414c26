using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Impact;

/// <summary>Every French word of the follow-up survey's part of the report (summary and CSV).</summary>
public static class FollowUpReportTexts
{
    public const string Title = "Sondage de suivi (quelques mois après le premier accompagnement)";
    public static string Answers(int answers, int invited, string rate) =>
        FrenchTypography.Format($"Réponses : {answers} sur {invited} membre(s) sondé(s) (taux de réponse : {rate})");
    public static string Shared(int shared, int answers, string percent) =>
        FrenchTypography.Format($"Passeurs de savoirs : {shared} personne(s) sur {answers} ({percent}) ont partagé ce qu'elles ont appris");
    public static string SharedSplit(string rows) => FrenchTypography.Format($"Avec combien de personnes : {rows}");
    public static string Reached(int estimate) =>
        FrenchTypography.Format($"Personnes rejointes indirectement (estimation) : {estimate} ({Method})");
    public static readonly string Method = FrenchTypography.Apply(
        "méthode : chaque réponse « 1 à 3 » compte pour 2 personnes, « 3 à 5 » pour 4, « 5 et plus » pour 5 (borne basse), « personne » pour 0");
    public static string Step(int step, int answers, string percent) =>
        FrenchTypography.Format($"Action concrète posée dans leur virage numérique : {step} sur {answers} ({percent})");
    public static string Helpful(string rows) => FrenchTypography.Format($"Activité qui a le plus aidé : {rows}");
    public static string Stages(string rows) => FrenchTypography.Format($"Où en sont-elles avec le numérique : {rows}");
    public const string StagesMerged = "Étapes regroupées";
    public static string Testimonials(int count) =>
        FrenchTypography.Format($"Témoignages publiables (avec consentement) : {count}, dans le fichier CSV seulement");
    public static string Share(string label, int count, string percent) => FrenchTypography.Format($"{label} : {count} ({percent})");

    public const string FileSummary = "suivi-synthese.csv";
    public const string FileShared = "suivi-partage.csv";
    public const string FileHelpful = "suivi-activite-la-plus-utile.csv";
    public const string FileStages = "suivi-appropriation.csv";
    public const string FileTestimonials = "suivi-temoignages.csv";
    public static readonly string TableSummary = FrenchTypography.Apply("Sondage de suivi : synthèse");
    public static readonly string TableShared = FrenchTypography.Apply("Sondage de suivi : partage des apprentissages");
    public static readonly string TableHelpful = FrenchTypography.Apply("Sondage de suivi : activité qui a le plus aidé");
    public static readonly string TableStages = FrenchTypography.Apply("Sondage de suivi : où en sont-elles avec le numérique");
    public static readonly string TableTestimonials = FrenchTypography.Apply("Sondage de suivi : témoignages publiables");
    public const string ColumnShare = "Part (%)";
    public const string ColumnTestimonial = "Témoignage";
    public const string ColumnSignature = "Signature";
    public const string Anonymous = "Anonyme";
    public const string FigureInvited = "Membres sondé·es";
    public const string FigureAnswers = "Réponses";
    public const string FigureRate = "Taux de réponse (%)";
    public const string FigureShared = "Ont partagé ce qu'elles ont appris";
    public const string FigureSharedPercent = "Ont partagé (%)";
    public const string FigureReached = "Personnes rejointes indirectement (estimation)";
    public const string FigureMethod = "Méthode de l'estimation";
    public const string FigureStep = "Ont posé une action concrète";
    public const string FigureStepPercent = "Ont posé une action concrète (%)";
}
