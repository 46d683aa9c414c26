using BrigadeBot.Features.Common;
namespace BrigadeBot.Features.Booking;

/// <summary>Every French word of the booking commands and modals (messages: <see cref="BookingMessageTexts"/>).</summary>
public static class BookingTexts
{
    public static readonly string HelpReserver = FrenchTypography.Apply("réserver une séance d'accompagnement d'une heure en visioconférence (ex. : `reserver cybersécurité`)");
    public const string HelpMyBookings = "voir et annuler vos accompagnements à venir";
    public const string HelpDispo = "publier des créneaux d'accompagnement";
    public const string HelpAgenda = "vos prochains créneaux, qui les a réservés, et les annuler";

    // Slot publication
    public const string SlotModalTitle = "Publier des créneaux";
    public const string Publish = "Publier";
    public const string DateLabel = "Date";
    public const string StartLabel = "Heure de début";
    public static string StartHint(string zone) => $"À l'{zone}.";
    public const string DurationLabel = "Durée (minutes)";
    public const string RepeatLabel = "Nombre de semaines de répétition (0 = une seule fois)";
    public const string CapacityLabel = "Nombre de places (1 = individuel, plus = séance de groupe)";
    public const string LinkLabel = "Lien de visioconférence";
    public const string ThemesLabel = "Thèmes offerts";
    public const string ThemesHint = "Laissez vide pour offrir tous les thèmes.";
    public const string MissingDate = "Choisissez une date.";
    public const string DateTooFar = "Choisissez une date dans les deux prochaines années.";
    public const string MissingTime = "Choisissez une heure de début.";
    public const string SlotInPast = "Cette date et cette heure sont déjà passées.";
    public const string BadDuration = "Indiquez une durée entre 15 et 480 minutes.";
    public const string BadCapacity = "Indiquez un nombre de places entre 1 et 50.";
    public const string BadLink = "Indiquez un lien Web complet, qui commence par https://.";
    public static string BadRepeat(int max) => $"Indiquez un nombre de semaines entre 0 et {max}.";
    public static string CapacityBelowTaken(int taken) =>
        FrenchTypography.Format($"{taken} place(s) sont déjà prises : indiquez au moins {taken} place(s).");
    public static string SlotChanges(bool moved, bool relinked) => (moved, relinked) switch
    {
        (true, true) => "nouvelle date et nouveau lien de visioconférence",
        (true, false) => "nouvelle date",
        _ => "nouveau lien de visioconférence",
    };
    public const string EditSlotModalTitle = "Modifier le créneau";
    public const string Save = "Enregistrer";
    public const string EditSlotButton = "Modifier";
    public static string EditSlotLabel(string startsAt) => MemberText.OneLine($"Modifier le créneau du {startsAt}", 75);
    public static string SlotTooClose(string when, int minutes) =>
        FrenchTypography.Format($"Gardez au moins {minutes} minutes entre deux de vos créneaux ; celui-ci est trop près de : {when}.");
    public static string SlotOverlap(string when) => FrenchTypography.Format($"Ce créneau chevauche un de vos créneaux : {when}.");

    // Agenda
    public const string AgendaHeader = "Vos prochains créneaux";
    public const string AgendaEmpty = "Vous n'avez aucun créneau à venir. Publiez-en avec `/brigade dispo`.";
    public const string NobodyYet = "personne pour l'instant";
    public const string CancelSlotButton = "Annuler ce créneau";
    public static readonly string CancelSlotTitle = FrenchTypography.Apply("Annuler ce créneau ?");
    public const string CancelSlotText = "Les personnes inscrites seront averties par message privé, avec nos excuses.";
    public const string YesCancel = "Oui, annuler";
    public const string No = "Non";
    public const string NotYourSlot = "Ce créneau n'existe plus, n'est pas le vôtre ou est déjà annulé.";
    public const string AttendanceHeader = "Présences à marquer";
    public static readonly string AttendanceIntro =
        FrenchTypography.Apply("Marquez chaque participant·e : les personnes présentes reçoivent tout de suite le message de suivi ; les absences ne comptent pas comme accompagnements tenus. « Récapitulatif » marque la personne présente et lui envoie en plus le récapitulatif de la séance en PDF.");
    public const string PresentButton = "Présent·e";
    public const string AbsentButton = "Absent·e";
    /// <summary>What a screen reader says on « Présent·e » / « Absent·e »: the n-th participant of which session.</summary>
    public static string PresentLabel(int participant, string startsAt) =>
        MemberText.OneLine($"Présent·e, participant·e {participant} de la séance du {startsAt}", 75);
    public static string AbsentLabel(int participant, string startsAt) =>
        MemberText.OneLine($"Absent·e, participant·e {participant} de la séance du {startsAt}", 75);
    public const string NotMarked = "à marquer";
    public const string MarkedPresent = "présent·e";
    public const string MarkedAbsent = "absent·e";
    public const string AttendanceRefused = "Cette réservation n'est pas dans une de vos séances commencées.";
    public static string AttendanceMore(int count) => FrenchTypography.Format($"… et {count} autre(s) participant·e(s) : marquez d'abord ceux-ci.");
    public static string AttendanceSaved(string member, bool present) =>
        FrenchTypography.Format($":white_check_mark: {member} : {(present ? "présent·e, le message de suivi est envoyé" : "absent·e")}.");
    public static string AgendaMore(int count) => $"… et {count} autre(s) créneau(x).";
    public static string Places(int taken, int capacity) => capacity == 1
        ? (taken == 0 ? "individuel, libre" : "individuel, réservé")
        : $"groupe, {taken}/{capacity} places prises";
    public static string SlotCancelled(string when, int told) =>
        $"Le créneau du {when} est annulé." + (told > 0 ? $" {told} personne(s) inscrite(s) en sont averties." : "");

    public static string CancelSlotLabel(string startsAt) => MemberText.OneLine($"Annuler le créneau du {startsAt}", 75);

    // Booking modal
    public const string MoveModalTitle = "Déplacer une séance";
    public const string Move = "Déplacer";
    public static string MovingTheme(string theme) =>
        FrenchTypography.Format($"Choisissez le nouveau créneau de votre accompagnement *{theme}*. Votre place actuelle n'est libérée qu'une fois la nouvelle réservée.");
    public static string WithAnimator(string letter) => $" · avec {letter}";
    public static string AnimatorLegend(IReadOnlyList<(string Letter, string Animator)> animators) =>
        FrenchTypography.Apply("Personnes animatrices : ") + string.Join(" · ", animators.Select(a => $"*{a.Letter}* {a.Animator}"));
    public const string WaitThemeButton = "M'inscrire sur la liste d'attente";
    public const string WaitSlotPlaceholder = "Attendre une place dans un créneau complet";
    public const string BookingModalTitle = "Réserver une séance";
    public const string Book = "Réserver";
    public const string ThemeLabel = "Thème";
    public const string ThemePlaceholder = "Choisissez un thème";
    public const string SlotLabel = "Créneau";
    public static string SlotHint(string zone) => $"À l'{zone}. Seuls les créneaux qui ont encore de la place sont proposés.";
    public const string SlotPlaceholder = "Choisissez un créneau";
    public const string NoteLabel = "Ce que j'aimerais aborder";
    public static readonly string NotePlaceholder = FrenchTypography.Apply("Facultatif : votre projet, vos questions, ce que vous avez déjà essayé…");
    public const string NoteHint = "N'y écrivez pas de renseignements sensibles (santé, finances, mots de passe…).";
    public const string CategoryLabel = "Votre catégorie de profil";
    public const string ConsentLabel = "Statistiques anonymes du programme";
    public const string ConsentOption = "Ma catégorie peut compter dans les statistiques anonymes";
    public static readonly string ConsentDescription = FrenchTypography.Apply("Facultatif : refuser n'empêche pas de réserver.");
    public const string ChooseTheme = "Choisissez un thème.";
    public const string ChooseSlot = "Choisissez un thème qui a des créneaux ouverts, puis un créneau.";
    public static string NoSlotForThemeInModal(string theme) =>
        FrenchTypography.Format($"Aucun créneau n'est ouvert pour le thème *{theme}* en ce moment : choisissez un autre thème, ou demandez une alerte.");
    public static string SlotOption(string when, int free, int capacity) =>
        capacity == 1 ? when : $"{when} · groupe, {free} place(s)";

    public static string Refusal(BookingRefusal refusal, int limit, int minNoticeHours) => refusal switch
    {
        BookingRefusal.SlotGone => FrenchTypography.Apply("Ce créneau n'existe plus : choisissez-en un autre."),
        BookingRefusal.ThemeNotOffered => FrenchTypography.Apply("Ce créneau n'est pas offert pour ce thème : choisissez-en un autre."),
        BookingRefusal.SlotStarted => FrenchTypography.Apply("Ce créneau est déjà commencé ou passé : choisissez-en un autre."),
        BookingRefusal.SlotFull => FrenchTypography.Apply("Désolé, ce créneau est maintenant complet : choisissez-en un autre."),
        BookingRefusal.Overlap => FrenchTypography.Apply("Vous avez déjà un accompagnement à ce moment-là : choisissez un autre créneau."),
        BookingRefusal.TooSoon => FrenchTypography.Format($"Ce créneau commence dans moins de {minNoticeHours} heure(s) : réservez au moins {minNoticeHours} heure(s) à l'avance, choisissez-en un autre."),
        BookingRefusal.AnimatorDayFull => FrenchTypography.Format($"Cette personne animatrice a déjà {limit} accompagnement(s) ce jour-là, son maximum : choisissez un autre jour ou une autre personne."),
        BookingRefusal.NotMovable => FrenchTypography.Apply("Cette réservation ne peut plus être déplacée : choisissez un autre créneau, ou annulez-la dans /brigade mes-reservations."),
        _ => TooMany(limit),
    };

    public static string TooMany(int limit) =>
        $"Vous avez déjà {limit} accompagnement(s) à venir, le maximum. Annulez-en un (/brigade mes-reservations) ou attendez qu'il ait eu lieu.";

    // In /brigade corriger's modal
    public const string CorrectionLabel = "Annuler ces accompagnements";
    public const string CorrectionHint = "Les personnes animatrices en seront averties.";
    public const string CorrectionNothing = "Vous n'avez aucun accompagnement à venir.";
    public static string Corrected(int cancelled) => $"{cancelled} accompagnement(s) annulé(s).";
    public static string CorrectionTooLate(string theme, string when, int hours, string animator) =>
        FrenchTypography.Format($"*{theme}* du {when} : pas annulé, il commence dans moins de {hours} heure(s). Écrivez directement à {animator} pour l'avertir.");

    /// <summary>
    /// Bump <see cref="NoticeVersion"/> whenever <see cref="Notice"/> or a consent wording shown with it changes: consents are
    /// stored with it. « d »: the survey consent now names conferences and the follow-up survey.
    /// </summary>
    public const string NoticeVersion = "2026-12-d";

    public static readonly string Notice =
        FrenchTypography.Apply("*Avant votre première réservation : vos renseignements personnels*\n")
        + FrenchTypography.Apply("• *Ce que nous conservons* : votre identifiant Slack, vos réservations (thème, date, ce que vous aimeriez aborder), ")
        + "les listes d'attente où vous vous inscrivez et, si vous l'indiquez, votre catégorie de profil.\n"
        + FrenchTypography.Apply("• *Pourquoi* : organiser vos accompagnements, vous envoyer les rappels et la fiche synthèse, et rendre compte ")
        + "du programme à ses bailleurs de fonds par des chiffres anonymes.\n"
        + FrenchTypography.Apply("• *Qui les voit* : les personnes animatrices de la Brigade. Les bailleurs de fonds ne voient que des totaux anonymes, ")
        + "et votre catégorie n'y compte que si vous cochez la case ci-dessous.\n"
        + FrenchTypography.Apply("• *Combien de temps* : 12 mois après chaque accompagnement par défaut (durée exacte : `/brigade confidentialite`), ")
        + FrenchTypography.Apply("puis ils sont effacés ; seuls des totaux anonymes restent.\n")
        + FrenchTypography.Apply("• *Vos droits* : consultez et exportez vos renseignements (`/brigade mes-donnees`), corrigez-les (`/brigade corriger`), ")
        + "faites-les effacer (`/brigade oublier`) ou retirez un consentement (`/brigade consentements`), en tout temps. "
        + FrenchTypography.Apply("Une question ? `/brigade confidentialite` indique la personne responsable de la protection des renseignements personnels.");
}
