using BrigadeBot.Features.Common;
using System.Globalization;
using BrigadeBot.Features.Common.Members;

namespace BrigadeBot.Features.Impact;

/// <summary>Every French word of the impact report: command, periods, summary, files.</summary>
public static class ReportTexts
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-CA");

    public static readonly string HelpBilan =
        FrenchTypography.Apply("bilan d'impact du programme (ex. : `bilan`, `bilan 2025`, `bilan 2025-T3`, `bilan 2025-09..2026-03`)");

    // Periods
    public static readonly string PeriodInvalid =
        FrenchTypography.Apply("Période invalide : utilisez 2025, 2025-T3 ou 2025-09..2026-03 (ou rien pour l'année de programme en cours).");
    public static readonly string PeriodReversed = FrenchTypography.Apply("Période invalide : le mois de fin précède le mois de début (ex. : 2025-09..2026-03).");
    public static string YearLabel(int year) => $"année {year}";
    public static string QuarterLabel(int year, int quarter) => $"{(quarter == 1 ? "1er" : quarter + "e")} trimestre {year}";
    public static string MonthsLabel(DateOnly first, DateOnly last) =>
        first == last ? FrenchDates.MonthAndYear(first) : $"{FrenchDates.MonthAndYear(first)} à {FrenchDates.MonthAndYear(last)}";
    public static string ProgramYearLabel(DateOnly first, DateOnly last) => $"année de programme, du {FrenchDates.Date(first)} au {FrenchDates.Date(last)}";

    // Rows
    public static string SessionsExactly(int n) => n == 1 ? "1 accompagnement" : $"{n} accompagnements";
    public static string SessionsAtLeast(int n) => $"{n} accompagnement{(n == 1 ? "" : "s")} ou plus";
    public const string CategoryMerged = "Autres / non communiqué";
    public const string CategoryUnknown = "Non communiquée";
    public static string CategoryName(string value) => MemberCategories.All.FirstOrDefault(c => c.Value == value).Label ?? value;
    public static string CountLine(string label, int count) => FrenchTypography.Format($"{label} : {count}");
    public static string SatisfactionRow(int n) => $"{n} sur 5";

    // Numbers
    public static string Number(decimal value) => value.ToString("0.##", French);
    public static string Percent(decimal value) => value.ToString("0.#", French) + " %";
    public const string NotAvailable = "non disponible";
    public static string Count(int? value) => value?.ToString(French) ?? NotAvailable;

    // Summary
    public const string ReportHeader = "Bilan d'impact";
    public static string ReportPeriodLine(string label, string zone, int min) =>
        FrenchTypography.Format($"Période : {label} ({zone}). Totaux exacts ; dans les répartitions par personne, les groupes de moins de {min} personnes sont regroupés.");
    public static string HeldLine(ImpactReport r) =>
        FrenchTypography.Format($"*Accompagnements tenus* : {r.Accompaniments} (individuels : {r.Individual} · en groupe : {r.Group})\n")
        + FrenchTypography.Format($"*Absences* (non comptées) : {r.Absences}");
    public static string PeopleLine(ImpactReport r) =>
        FrenchTypography.Format($"*Personnes accompagnées* : {r.People} · revenues au moins une fois : {r.ReturningPeople} · ")
        + $"{Number(r.SessionsPerPerson)} accompagnement(s) par personne";
    public static string FormatPeopleLine(ImpactReport r) =>
        FrenchTypography.Format($"*Personnes accompagnées individuellement* : {SmallCells.Shown(r.PeopleIndividually, r.MinCell)} · ")
        + FrenchTypography.Format($"*en groupe* : {SmallCells.Shown(r.PeopleInGroups, r.MinCell)} ({r.GroupSessions} séance(s) de groupe)");
    public static string FewerThan(int min) => $"moins de {min}";
    public const string ByThemeTitle = "*Accompagnements par thème*";
    public const string ByThemeFormatTitle = "*Accompagnements par thème et modalité*";
    public static string ThemeFormatLine(string label, ThemeFormatRow row) => CountLine(label, row.Total)
        + (row.Group == 0 ? "" : $" ({row.Individual} individu{(row.Individual > 1 ? "s" : "")} + {row.Group} en groupe{(row.Group > 1 ? "s" : "")})");
    public const string BySessionsTitle = "*Personnes selon le nombre d'accompagnements*";
    public const string ByCategoryTitle = "*Personnes par catégorie*";
    public static string SatisfactionLine(SurveyFigures s) =>
        FrenchTypography.Format($"*Satisfaction* : {(s.SatisfactionMean is { } m ? Number(m) + " sur 5" : NotAvailable)} · ")
        + $"{s.Answers} réponse(s) au sondage, taux de réponse {Percent(s.ResponseRate)}";
    public static readonly string ProgressTitle = FrenchTypography.Apply("*Compétences numériques améliorées ?*");
    public static string TransferLine(SurveyFigures s) =>
        FrenchTypography.Format($"*Passeurs de savoirs* : les participant·e·s pensent transmettre à {s.TransferSum} personne(s)")
        + (s.TransferMean is { } m ? $" (en moyenne {Number(m)} par réponse)" : "");
    public static string CodevLine(ImpactReport r) =>
        FrenchTypography.Format($"*Codéveloppement* : {r.CodevMeetings} rencontre(s) tenue(s), {r.CodevRegistrations} inscription(s), présences : {Count(r.CodevAttendances)}");
    public static string OtherLine(ImpactReport r) =>
        FrenchTypography.Format($"*Publications de veille* : {Count(r.WatchItemsPublished)} · *Fiches partagées* : {Count(r.SheetsShared)}");
    public const string FilesButton = "Recevoir le rapport complet (CSV et graphique)";
    public const string ReportFallback = "Bilan d'impact du programme";

    // Files
    public const string Total = "Total";
    public const string ColumnFigure = "Indicateur";
    public const string ColumnValue = "Valeur";
    public const string ColumnTheme = "Thème";
    public const string ColumnFormat = "Modalité";
    public const string ColumnSessions = "Nombre d'accompagnements";
    public const string ColumnCategory = "Catégorie";
    public const string ColumnScore = "Note";
    public const string ColumnAnswer = "Réponse";
    public const string ColumnAccompaniments = "Accompagnements";
    public const string ColumnPeople = "Personnes";
    public const string ColumnAnswers = "Réponses";
    public const string TableSummary = "Synthèse";
    public const string TableByTheme = "Accompagnements par thème";
    public const string TableByFormat = "Accompagnements individuels et en groupe";
    public const string TableByThemeFormat = "Accompagnements par thème et modalité";
    public const string TableBySessions = "Personnes selon le nombre d'accompagnements";
    public const string TableByCategory = "Personnes par catégorie";
    public const string TableSatisfaction = "Satisfaction";
    public const string TableProgress = "Compétences numériques améliorées";
    public const string FigurePeriod = "Période";
    public const string FigureHeld = "Accompagnements tenus";
    public const string FigureIndividual = "Individuels";
    public const string FigureGroup = "En groupe";
    public const string FigureAbsences = "Absences (non comptées)";
    public const string FigurePeople = "Personnes accompagnées";
    public const string FigureReturning = "Personnes revenues au moins une fois";
    public const string FigurePeopleIndividually = "Personnes accompagnées individuellement";
    public const string FigurePeopleInGroups = "Personnes accompagnées en groupe";
    public const string FigureGroupSessions = "Séances de groupe";
    public const string FigurePerPerson = "Accompagnements par personne";
    public const string FigureAnswers = "Réponses au sondage";
    public const string FigureResponseRate = "Taux de réponse (%)";
    public const string FigureSatisfaction = "Satisfaction moyenne (sur 5)";
    public static readonly string FigureTransferSum = FrenchTypography.Apply("Passeurs de savoirs : personnes rejointes par les participant·e·s");
    public static readonly string FigureTransferMean = FrenchTypography.Apply("Passeurs de savoirs : moyenne par réponse");
    public const string FigureCodevMeetings = "Rencontres de codéveloppement tenues";
    public const string FigureCodevRegistrations = "Inscriptions aux rencontres de codéveloppement";
    public const string FigureCodevAttendances = "Présences aux rencontres de codéveloppement";
    public const string FigureWatch = "Publications de veille";
    public const string FigureSheets = "Fiches partagées";
    public const string FigureMinCell = "Plus petit groupe de personnes montré";

    public const string ChartTitle = "Accompagnements tenus par thème";
    public const string ChartFile = "accompagnements-par-theme.png";
    public static string ChartHeading(string period) => $"{ChartTitle}\n{period}";
    public const string ChartAxis = "Nombre d'accompagnements tenus";
    public static string ChartSource(DateOnly asOf) => FrenchTypography.Format($"Source : BrigadeBot, données au {FrenchDates.Date(asOf)}");

    /// <summary>The chart read aloud: every bar with its figure (Slack's <c>alt_txt</c> holds 1000 characters).</summary>
    public static string ChartAltText(string period, IReadOnlyList<CountRow> rows, string source) =>
        MemberText.Cut(FrenchTypography.Format($"Diagramme à barres des accompagnements tenus par thème, {period} : ")
            + (rows.Count == 0 ? "aucun" : string.Join(FrenchTypography.Apply(" ; "), rows.Select(r => CountLine(r.Label, r.Count))))
            + FrenchTypography.Format($". Total : {rows.Sum(r => r.Count)}. {source}."), 1000);
    public static string FilesComment(string label) => FrenchTypography.Format($":bar_chart: Rapport d'impact complet ({label}) : un fichier CSV par tableau et le graphique.");
    public const string FilesOnTheirWay = ":inbox_tray: Je vous envoie le rapport complet en message privé.";
    public const string FilesFailed = ":warning: Je n'ai pas pu vous envoyer le rapport complet. Réessayez dans un instant.";
    public static readonly string FilesBadPeriod = FrenchTypography.Apply("Ce bouton ne correspond plus à une période : relancez `/brigade bilan`.");
}
