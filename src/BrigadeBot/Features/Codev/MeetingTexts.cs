using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Codev;

/// <summary>Every word of the codevelopment meetings: scheduling, registration, reminder, closing, sheet.</summary>
public static class MeetingTexts
{
    public const string DefaultPlace = "Salle des Belles histoires, Culture Laurentides";
    public const int DefaultDuration = 90;
    public const int PlaceMax = 200;


    public const string ModalTitle = "Planifier un codév";
    public const string ModalSubmit = "Planifier";
    public const string ModalIntro = "Une rencontre de codéveloppement, en personne, sur *un* sujet proposé par les membres.";
    public const string DateLabel = "Date";
    public const string StartLabel = "Heure de début";
    public const string PlaceLabel = "Lieu";
    public const string DurationLabel = "Durée (minutes)";
    public const string CapacityLabel = "Places disponibles";
    public const string TopicLabel = "Sujet";
    public const string TeamTopicLabel = "Ou un sujet choisi par l'équipe";
    public static readonly string TeamTopicHint = FrenchTypography.Apply("Rempli, il remplace la proposition choisie ci-dessus ; il n'est pas soumis au vote.");
    public static readonly string TeamTopicIntro = FrenchTypography.Apply(
        "Aucune proposition ouverte : décrivez le sujet choisi par l'équipe. Les membres pourront s'inscrire dès l'annonce.");
    public const string TopicHint = "Les propositions ouvertes, de la plus populaire à la moins populaire.";
    public static string TopicOption(int votes, string problem) => MemberText.OneLine($"👍 {votes} · {problem}", 75);

    public const string DateMissing = "Choisissez la date de la rencontre.";
    public const string StartMissing = "Choisissez l'heure de début.";
    public static readonly string DateInPast = FrenchTypography.Apply("Ce moment est déjà passé : choisissez une date et une heure à venir.");
    public const string PlaceMissing = "Indiquez le lieu de la rencontre.";
    public static string PlaceTooLong => $"Le lieu est limité à {PlaceMax} caractères.";
    public const string DurationInvalid = "Indiquez une durée entre 15 et 480 minutes.";
    public const string CapacityInvalid = "Indiquez un nombre de places entre 1 et 100.";
    public const string TopicMissing = "Choisissez le sujet de la rencontre.";
    public static readonly string TopicTaken = FrenchTypography.Apply("Ce sujet n'est plus ouvert (retenu ou archivé entre-temps) : choisissez-en un autre.");

    public static string AuthorDirect(int proposalId, string problem, string when, string place) =>
        FrenchTypography.Format($":tada: Bonne nouvelle ! Votre proposition no {proposalId} a été retenue pour la prochaine rencontre de codéveloppement, ")
        + $"le *{when}* ({MemberText.ForMrkdwn(place, PlaceMax)}).\n>{MemberText.ForMrkdwn(OneLineProblem(problem), 500)}\n"
        + "Une personne animatrice vous contactera pour préparer la rencontre. L'annonce paraîtra dans le canal de codéveloppement.";

    public static readonly string AnnouncementHeader = FrenchTypography.Apply("Codéveloppement : prochaine rencontre");
    public static readonly string ClosedHeader = FrenchTypography.Apply("Codéveloppement : rencontre terminée");
    public static string AnnouncementFallback(string when) => $"Rencontre de codéveloppement le {when}";
    public static string Details(string when, int duration, string place, string topic) =>
        FrenchTypography.Format($"*Quand* : {when} ({duration} minutes)\n*Où* : {MemberText.ForMrkdwn(place, PlaceMax)}\n*Sujet* : {MemberText.ForMrkdwn(topic, 1800)}");
    public static string PlacesLeft(int left, int capacity) =>
        left == 0 ? FrenchTypography.Format($"Complet : {capacity} personnes inscrites sur {capacity}.") : FrenchTypography.Format($"Places restantes : {left} sur {capacity}.");
    public static readonly string ClosedNote = FrenchTypography.Apply("Rencontre terminée. Merci à toutes les personnes participantes !");
    public const string RegisterButton = "Je serai là";
    public const string UnregisterButton = "Je ne peux plus";

    public static string RegisterLabel(string when) => MemberText.OneLine($"M'inscrire à la rencontre du {when}", 75);
    public static string UnregisterLabel(string when) => MemberText.OneLine($"Me désinscrire de la rencontre du {when}", 75);
    public static string CloseLabel(string when) => MemberText.OneLine($"Clore la rencontre du {when}", 75);
    public static string SheetLabelFor(string when) => MemberText.OneLine($"Publier la fiche de la rencontre du {when}", 75);

    public static string Scheduled(string when, string? permalink, string command) =>
        $"Rencontre planifiée le {when}. La personne qui a proposé le sujet en est avisée"
        + (permalink is not null && Mrkdwn.IsSafeLinkUrl(permalink) ? FrenchTypography.Format($" ; {Mrkdwn.Link(permalink, "voir l'annonce")}.") : ".")
        + FrenchTypography.Format($" Les inscriptions et le bouton pour clore la rencontre : `{command} codev liste`.");
    public static string NotAnnounced(string when, string error) =>
        $":warning: Rencontre planifiée le {when}, mais je n'ai pas pu publier l'annonce dans le canal de codéveloppement "
        + $"({Mrkdwn.Escape(error)}). Vérifiez `Brigade:Channels:Codev` et que j'y suis invité.";
    public static readonly string AuthorNotTold = FrenchTypography.Apply(":warning: Je n'ai pas pu écrire à la personne qui a proposé le sujet ; prévenez-la vous-même.");

    public static string Registered(string when, int left) =>
        FrenchTypography.Format($"C'est noté : vous êtes inscrit·e à la rencontre de codéveloppement du {when}. ")
        + (left == 0 ? FrenchTypography.Apply("Vous avez eu la dernière place ! ") : "")
        + FrenchTypography.Apply("L'invitation pour votre agenda arrive dans vos messages directs ; vous recevrez un rappel la veille.");
    public static readonly string AlreadyRegistered = FrenchTypography.Apply("Vous êtes déjà inscrit·e à cette rencontre. Au plaisir de vous y voir !");
    public static readonly string Unregistered = FrenchTypography.Apply("C'est noté : votre inscription est annulée. Merci de l'avoir signalé !");
    public const string NotRegistered = "Vous n'étiez pas inscrit·e à cette rencontre.";
    public const string RegistrationClosed = "Les inscriptions à cette rencontre sont fermées.";
    public const string MeetingNotFound = "Je ne trouve plus cette rencontre.";

    public static string Reminder(string when, string zone, string place, string topic) =>
        FrenchTypography.Format($":alarm_clock: Rappel : la rencontre de codéveloppement a lieu *demain*, le {when} ({zone}).\n")
        + FrenchTypography.Format($"*Lieu* : {MemberText.ForMrkdwn(place, PlaceMax)}\n*Sujet* : {MemberText.ForMrkdwn(topic, 1500)}\n")
        + "Si vous ne pouvez plus venir, dites-le-nous pour libérer votre place.";
    public static readonly string ReminderFallback = FrenchTypography.Apply("Rappel : rencontre de codéveloppement demain");

    public const string ListHeader = "Rencontres de codéveloppement";
    public static string NoMeetings(string command) => $"Aucune rencontre planifiée. Planifiez-en une avec `{command} codev`.";
    public static string ListItem(string when, string place, string topic) =>
        FrenchTypography.Format($"*{when}* · {MemberText.ForMrkdwn(place, PlaceMax)}\n*Sujet* : {MemberText.ForMrkdwn(topic, 300)}");
    public static string Registrants(IReadOnlyList<string> ids, int capacity) =>
        FrenchTypography.Format($"*Inscrit·e·s ({ids.Count} sur {capacity})* : ")
        + (ids.Count == 0 ? "personne pour l'instant" : string.Join(", ", ids.Take(150).Select(Mrkdwn.User)));
    public static string WaitingForSheet(string when, string topic) =>
        FrenchTypography.Format($"*{when}* · rencontre close, fiche à publier\n*Sujet* : {MemberText.ForMrkdwn(topic, 300)}");
    public const string CloseButton = "Clore la rencontre";
    public static readonly string CloseConfirmTitle = FrenchTypography.Apply("Clore la rencontre ?");
    public const string CloseConfirmText = "Le sujet sera archivé et les inscriptions fermées. Vous pourrez ensuite publier la fiche de connaissances.";
    public const string CloseConfirm = "Clore";
    public const string SheetButton = "Publier la fiche";
    public static string MoreMeetings(int count) => $"… et {count} autres rencontres.";

    public const string EditButton = "Modifier";
    public static string EditLabel(string when) => MemberText.OneLine($"Modifier la rencontre du {when}", 75);
    public const string EditTitle = "Modifier la rencontre";
    public const string EditSubmit = "Enregistrer";
    public static readonly string EditIntro = FrenchTypography.Apply("Les personnes inscrites recevront la rencontre à jour et la nouvelle invitation pour leur agenda.");
    public static string CapacityBelowRegistered(int registered) =>
        FrenchTypography.Format($"{registered} personne(s) sont déjà inscrites : gardez au moins autant de places.");
    public static readonly string CannotEdit = FrenchTypography.Apply("Cette rencontre ne peut plus être modifiée : elle a commencé, a été close ou annulée.");
    public static string Edited(string when, int told) => FrenchTypography.Format($"La rencontre du {when} est modifiée ; {told} personne(s) inscrite(s) en sont avisées.");
    public const string CancelButton = "Annuler la rencontre";
    public static string CancelLabel(string when) => MemberText.OneLine($"Annuler la rencontre du {when}", 75);
    public static readonly string CancelConfirmTitle = FrenchTypography.Apply("Annuler la rencontre ?");
    public const string CancelConfirmText = "Les personnes inscrites en seront avisées et la rencontre sera retirée de leur agenda. Le sujet redeviendra ouvert.";
    public const string CancelConfirm = "Annuler la rencontre";
    public const string KeepMeeting = "La garder";
    public static string Cancelled(string when, int told) => FrenchTypography.Format($"La rencontre du {when} est annulée ; {told} personne(s) inscrite(s) en sont avisées. Son sujet est de nouveau ouvert.");
    public static readonly string CannotCancel = FrenchTypography.Apply("Cette rencontre ne peut plus être annulée : elle a commencé, a été close ou l'est déjà.");
    public static readonly string CancelledHeader = FrenchTypography.Apply("Codéveloppement : rencontre annulée");
    public const string CancelledNote = "Cette rencontre est annulée.";

    public const string AttendanceButton = "Présences";
    public static string AttendanceLabel(string when) => MemberText.OneLine($"Marquer les présences de la rencontre du {when}", 75);
    public static string Attended(int count) => FrenchTypography.Format($"*Présences* : {(count == 0 ? "à marquer" : $"{count} personne(s)")}");
    public const string AttendanceTitle = "Présences";
    public const string AttendanceSubmit = "Enregistrer";
    public static string AttendanceIntro(string when) => FrenchTypography.Format($"Cochez les personnes venues à la rencontre du {when}. Les présences comptent dans le bilan.");
    public static string AttendanceGroup(int group) => group == 0 ? "Personnes inscrites" : "Personnes inscrites (suite)";
    public static readonly string NobodyRegistered = FrenchTypography.Apply("Personne n'était inscrit·e à cette rencontre : aucune présence à marquer.");
    public static string AttendanceSaved(string when, int count) => FrenchTypography.Format($"Présences de la rencontre du {when} : {count} personne(s).");
    public static readonly string AttendanceTooEarly = FrenchTypography.Apply("Les présences se marquent une fois la rencontre commencée.");

    public const string SheetTitle = "Fiche de connaissances";
    public const string SheetSubmit = "Publier";
    public static string SheetIntro(string when, string topic) =>
        FrenchTypography.Format($"La rencontre du {when} est close ; son sujet est archivé.\n*Sujet* : {MemberText.ForMrkdwn(topic, 500)}\n")
        + FrenchTypography.Apply("Décrivez la fiche de connaissances qui en est issue : je l'ajoute aux fiches (`/brigade fiche`) ")
        + "et je la publie dans le canal de codéveloppement.";
    public const string SheetLabel = "Lien de la fiche";
    public const string SheetThemeLabel = "Thème";
    public const string SheetThemePlaceholder = "Choisissez le thème de la fiche";
    public const string SheetThemeMissing = "Choisissez le thème de la fiche.";
    public const string SheetTitleLabel = "Titre de la fiche";
    public const string SheetSummaryLabel = "Résumé";
    public const string SheetSummaryHint = "Un paragraphe. N'y écrivez aucun renseignement personnel.";
    public const string SheetPlaceholder = "https://…";
    public const string SheetInvalid = "Entrez une adresse Web complète, qui commence par https:// (sans espace).";
    public const string SheetAlreadyPublished = "La fiche de cette rencontre est déjà publiée.";
    public static string SheetAnnouncement(string when, string url, string topic) =>
        FrenchTypography.Format($":page_facing_up: La fiche de connaissances issue de la rencontre de codéveloppement du {when} est disponible : ")
        + FrenchTypography.Format($"{Mrkdwn.Link(url, "lire la fiche")}\n*Sujet* : {MemberText.ForMrkdwn(topic, 500)}");
    public static string SheetPublished(string when) => FrenchTypography.Format($"Merci ! La fiche de la rencontre du {when} est publiée.");
    public static string SheetSavedNotPublished(string when) =>
        $"La fiche de la rencontre du {when} est enregistrée, mais je n'ai pas pu la publier dans le canal de codéveloppement.";
    public static string ClosedSheetLater(string command) =>
        $"La rencontre est close. Pour publier sa fiche de connaissances, utilisez `{command} codev liste`.";
    public const string AlreadyClosed = "Cette rencontre est déjà close.";

    private static string OneLineProblem(string problem) => problem.ReplaceLineEndings(" ");
}
