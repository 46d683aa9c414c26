using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Events;

/// <summary>Every word of the conference form and of <c>/brigade evenements</c>.</summary>
public static class EventsTexts
{
    public const string CreateHelp = "annoncer une conférence de la programmation Off";
    public const string ListHelp = "voir les conférences à venir et s'y inscrire";

    public const int TitleMax = 150;
    public const int SpeakersMax = 200;
    public const int PlaceMax = 200;
    public const int DescriptionMax = 2000;
    public const int MaxCapacity = 200;
    public const int DefaultDuration = 90;

    public const string ModalTitle = "Annoncer une conférence";
    public const string EditTitle = "Modifier la conférence";
    public const string ModalSubmit = "Annoncer";
    public const string EditSubmit = "Enregistrer";
    public const string TitleLabel = "Titre";
    public const string SpeakersLabel = "Conférencier·ère(s)";
    public const string DateLabel = "Date";
    public const string StartLabel = "Heure de début";
    public const string DurationLabel = "Durée";
    public const string DurationHint = "En minutes, de 15 à 480.";
    public const string FormatLabel = "Format";
    public const string InPersonOption = "En personne";
    public const string OnlineOption = "En ligne";
    public const string BothOption = "Les deux";
    public const string PlaceLabel = "Lieu";
    public const string PlaceHint = "Pour une conférence en personne (ou les deux).";
    public const string LinkLabel = "Lien";
    public static readonly string LinkHint = FrenchTypography.Apply("Pour une conférence en ligne (ou les deux) : Zoom, Meet, Teams…");
    public const string CapacityLabel = "Places (facultatif)";
    public const string CapacityHint = "Sans nombre, les inscriptions ne sont pas limitées. Complet, une liste d'attente s'ouvre.";
    public const string ThemeLabel = "Thème (facultatif)";
    public const string DescriptionLabel = "Description";

    public static readonly string TitleMissing = "Indiquez le titre de la conférence.";
    public static string TitleTooLong => $"Le titre est limité à {TitleMax} caractères.";
    public const string SpeakersMissing = "Indiquez qui donne la conférence.";
    public static string SpeakersTooLong => $"Les noms sont limités à {SpeakersMax} caractères.";
    public const string DateMissing = "Choisissez la date de la conférence.";
    public const string StartMissing = "Choisissez l'heure de début.";
    public static readonly string DateInPast = FrenchTypography.Apply("Ce moment est déjà passé : choisissez une date et une heure à venir.");
    public const string DurationInvalid = "Indiquez une durée entre 15 et 480 minutes.";
    public static readonly string FormatMissing = FrenchTypography.Apply("Choisissez le format : en personne, en ligne ou les deux.");
    public const string PlaceMissing = "Indiquez le lieu de la conférence en personne.";
    public static string PlaceTooLong => $"Le lieu est limité à {PlaceMax} caractères.";
    public const string LinkMissing = "Indiquez le lien de la conférence en ligne.";
    public static readonly string LinkInvalid = FrenchTypography.Apply("Entrez une adresse Web complète (https://…).");
    public static string CapacityInvalid => $"Indiquez un nombre de places entre 1 et {MaxCapacity}, ou laissez vide.";
    public static string CapacityBelowRegistered(int registered) =>
        FrenchTypography.Format($"{registered} personnes sont déjà inscrites : offrez au moins {registered} places.");
    public const string ThemeUnknown = "Choisissez un thème de la liste.";
    public const string DescriptionMissing = "Décrivez la conférence en quelques mots.";
    public static string DescriptionTooLong => $"La description est limitée à {DescriptionMax} caractères.";
    public static readonly string NotEditable = FrenchTypography.Apply("Cette conférence ne peut plus être modifiée : elle est passée ou annulée.");

    public static readonly string ListHeader = FrenchTypography.Apply("Conférences à venir");
    public const string ListFallback = "Conférences à venir";
    public static string NothingComing(string command, bool animator) => animator
        ? FrenchTypography.Format($"Aucune conférence annoncée pour l'instant. Annoncez-en une avec `{command} evenement`.")
        : FrenchTypography.Apply("Aucune conférence annoncée pour l'instant. Revenez bientôt !");
    public static readonly string PastHeader = FrenchTypography.Apply("Conférences passées : présences et rediffusion");
    public static string MoreEvents(int more) => more == 1 ? "Et 1 autre conférence." : $"Et {more} autres conférences.";

    public const string RegisterButton = "M'inscrire";
    public const string WaitlistButton = "M'inscrire sur la liste d'attente";
    public const string UnregisterButton = "Me désinscrire";
    public const string EditButton = "Modifier";
    public const string CancelButton = "Annuler";
    public const string AttendanceButton = "Présences";
    public static readonly string CancelConfirmTitle = FrenchTypography.Apply("Annuler la conférence ?");
    public static readonly string CancelConfirmText = FrenchTypography.Apply("Les personnes inscrites et en attente seront avisées par message. Cette action est définitive.");
    public const string CancelConfirmYes = "Oui, annuler";
    public const string CancelConfirmNo = "Non, garder";

    public static string RegisterLabel(string title) => FrenchTypography.Format($"M'inscrire à « {MemberText.OneLine(title, 55)} »");
    public static string UnregisterLabel(string title) => FrenchTypography.Format($"Me désinscrire de « {MemberText.OneLine(title, 50)} »");

    public static string YourState(bool registered, int waitingPosition) =>
        registered ? FrenchTypography.Apply("_Vous êtes inscrit·e._")
        : waitingPosition > 0 ? FrenchTypography.Format($"_Vous êtes sur la liste d'attente (position {waitingPosition})._")
        : "";

    public static string AnimatorCounts(int registered, int waiting, int attended, bool marked) =>
        FrenchTypography.Format($"Inscrit·es : {registered} · en attente : {waiting}")
        + (marked ? FrenchTypography.Format($" · présent·es : {attended}") : "");

    public const string AttendanceTitle = "Présences";
    public const string AttendanceSubmit = "Enregistrer";
    public static string AttendanceIntro(string title, string when) =>
        FrenchTypography.Format($"*{title}* · {when}\nCochez les personnes inscrites qui étaient là. Celles qui ont manqué la conférence recevront la rediffusion, s'il y en a une.");
    /// <summary>« Présent·es », numbered (« Présent·es (1 à 10) ») when the registrants take more than one group.</summary>
    public static string PresentLabel(int from, int to, int registered) =>
        registered <= AttendanceModal.PerGroup ? "Présent·es" : $"Présent·es ({from} à {to})";
    public const string NobodyRegistered = "Personne n'était inscrit·e à cette conférence.";
    public const string ReplayLabel = "Lien de la rediffusion (facultatif)";
    public static readonly string ReplayHint = FrenchTypography.Apply("Envoyé une fois aux personnes inscrites absentes, et affiché dans l'annonce.");
    public static readonly string ReplayInvalid = FrenchTypography.Apply("Entrez une adresse Web complète (https://…).");
    public static readonly string AttendanceTooEarly = FrenchTypography.Apply("Les présences se marquent une fois la conférence commencée.");
    public static string AttendanceSaved(int present, int registered, int replayTo) =>
        FrenchTypography.Format($"Présences enregistrées : {present} sur {registered} personnes inscrites.")
        + (replayTo > 0 ? $" La rediffusion part à {replayTo} personne(s) absente(s)." : "");
}
