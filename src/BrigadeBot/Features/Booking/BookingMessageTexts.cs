using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Booking;

/// <summary>Every French word of the booking messages, and dates as members read them.</summary>
public static class BookingMessageTexts
{
    public const string ConfirmedFallback = "Votre accompagnement est confirmé.";
    public static readonly string HowToCancel = FrenchTypography.Apply("Pour annuler : tapez `/brigade mes-reservations`, puis « Annuler ».");
    public const string IcsFileName = "accompagnement-brigade.ics";
    public const string IcsComment = "Ajoutez cette invitation à votre agenda.";
    public static readonly string IcsCancelComment = FrenchTypography.Apply("Cet accompagnement est annulé : retirez-le de votre agenda.");
    public static string IcsTitle(string theme) => FrenchTypography.Format($"Accompagnement Brigade : {theme}");
    public static readonly string IcsDescriptionAnimator = FrenchTypography.Apply("Votre séance et la personne inscrite : tapez /brigade agenda dans Slack.");
    public static readonly string IcsDescriptionCancel = FrenchTypography.Apply("Pour annuler : tapez /brigade mes-reservations dans Slack, puis « Annuler ».");
    /// <summary>The title of a slot offering more than three themes, in the animator's calendar.</summary>
    public const string IcsSeveralThemes = "plusieurs thèmes";

    public static string MemberConfirmed(string theme, string when, string zone, string animator, string link, string? note) =>
        FrenchTypography.Format($":white_check_mark: *Votre accompagnement est confirmé !*\n*Thème* : {theme}\n*Quand* : {when} ({zone})\n")
        + FrenchTypography.Format($"*Avec* : {animator}\n*Lien de visioconférence* : {link}{NoteLine(note)}\n\n{HowToCancel}");

    public static string AnimatorBooked(string member, string theme, string when, string zone, string link, string? note) =>
        FrenchTypography.Format($":calendar: *Nouvelle réservation* : {member}\n*Thème* : {theme}\n*Quand* : {when} ({zone})\n")
        + FrenchTypography.Format($"*Lien de visioconférence* : {link}{NoteLine(note)}\n\nPour annuler le créneau : `/brigade agenda`.");

    public static string AnimatorToldCancelled(string member, string theme, string when) =>
        $":information_source: {member} a annulé son accompagnement *{theme}* du {when}. La place est de nouveau libre.";

    public const string BookingErasedFallback = "Un accompagnement est annulé.";
    public static string AnimatorToldErased(string theme, string when) =>
        FrenchTypography.Format($":information_source: L'accompagnement *{theme}* du {when} est annulé : la personne inscrite a demandé l'effacement ")
        + "de ses données. La place est de nouveau libre.";

    public const string BookingCancelled = "Votre accompagnement est annulé. La personne animatrice en est avertie.";
    public const string NotYourBooking = "Cette réservation n'existe pas, n'est pas la vôtre ou ne peut plus être annulée.";

    public static string SlotCancelledForMember(string theme, string when) =>
        FrenchTypography.Format($":pray: *Toutes nos excuses* : votre accompagnement *{theme}* du {when} est annulé par la personne animatrice. ")
        + "Choisissez un autre créneau avec le bouton, ou tapez `/brigade reserver`.";
    public const string RebookButton = "Réserver un autre créneau";

    public static string SlotsPublished(IReadOnlyList<string> whens) =>
        FrenchTypography.Format($":white_check_mark: {whens.Count} créneau(x) publié(s) :\n") + string.Join('\n', whens.Take(20).Select(w => "• " + w))
        + (whens.Count > 20 ? $"\n… et {whens.Count - 20} autre(s)." : "") + "\nVoyez qui les réserve avec `/brigade agenda`.";

    // Command replies
    public const string NoSlotAtAll = "Aucun créneau d'accompagnement n'est ouvert pour l'instant.";
    public static string NoSlotForTheme(string theme) =>
        $"Aucun créneau n'est ouvert pour le thème *{Mrkdwn.Escape(theme)}* en ce moment. Tapez `/brigade reserver` pour voir les autres thèmes.";
    public static readonly string AlertOffer = FrenchTypography.Apply("Voulez-vous un message privé dès que de nouveaux créneaux sont publiés ?");
    public const string AlertButton = "M'avertir des nouveaux créneaux";
    public static readonly string AlertNoted = FrenchTypography.Apply("C'est noté ! Je vous écris dès que de nouveaux créneaux sont publiés.");
    public const string AlertNotedTitle = "C'est noté";
    public static readonly string NewSlotsAlert =
        FrenchTypography.Apply(":sparkles: De nouveaux créneaux d'accompagnement viennent d'être publiés ! Tapez `/brigade reserver` pour en choisir un.");

    // Member's bookings
    public const string MyBookingsHeader = "Vos accompagnements à venir";
    public const string MyBookingsEmpty = "Vous n'avez aucun accompagnement à venir. Tapez `/brigade reserver` pour en réserver un.";
    public const string CancelButton = "Annuler";
    public static string CancelBookingLabel(string startsAt) => MemberText.OneLine($"Annuler l'accompagnement du {startsAt}", 75);
    public static readonly string CancelBookingTitle = FrenchTypography.Apply("Annuler cet accompagnement ?");
    public const string CancelBookingText = "Votre place sera libérée et la personne animatrice en sera avertie.";
    public const string NoKeep = "Non, le garder";
    public static string MyBookingLine(string theme, string when, string zone, string animator, string link) =>
        $"*{theme}*\n{when} ({zone}), avec {animator}\n{link}";

    // Around the session
    public static string ReminderDay(string theme, string when, string zone, string other, string link) =>
        FrenchTypography.Format($":alarm_clock: *Rappel* : accompagnement *{theme}* demain, {when} ({zone}), avec {other}.\n{link}\n{HowToCancel}");
    public static string ReminderHour(string theme, string when, string zone, string other, string link) =>
        FrenchTypography.Format($":alarm_clock: *Dans une heure* : accompagnement *{theme}*, {when} ({zone}), avec {other}.\n{link}");
    public static string FollowUp(string theme, string? sheet) =>
        FrenchTypography.Format($":raised_hands: *Merci* d'avoir participé à l'accompagnement *{theme}* !")
        + (sheet is null ? "" : FrenchTypography.Format($"\nVoici la fiche synthèse du thème, à garder sous la main : {sheet}"))
        + FrenchTypography.Apply("\nUne autre question ? Tapez `/brigade reserver` quand vous voulez.");
    public const string ReminderFallback = "Rappel de votre accompagnement";
    public const string FollowUpFallback = "Merci d'avoir participé à l'accompagnement";

    private static string NoteLine(string? note) =>
        string.IsNullOrWhiteSpace(note) ? "" : FrenchTypography.Format($"\n*Ce que j'aimerais aborder* : {Mrkdwn.Escape(MemberText.Cut(note, 1500))}");

    // Moving a booking
    public const string MoveButton = "Déplacer";
    public static string MoveBookingLabel(string startsAt) => MemberText.OneLine($"Déplacer l'accompagnement du {startsAt}", 75);
    public static readonly string NotMovable = FrenchTypography.Apply("Cette réservation n'existe plus, n'est pas la vôtre ou ne peut plus être déplacée.");
    public static readonly string NoOtherSlot =
        FrenchTypography.Apply("Aucun autre créneau n'est ouvert pour ce thème en ce moment : gardez votre réservation, ou inscrivez-vous sur la liste d'attente du thème avec `/brigade reserver`.");
    public const string MovedFallback = "Votre accompagnement est déplacé.";
    public static string MemberMoved(string theme, string when, string zone, string animator, string link) =>
        FrenchTypography.Format($":arrows_counterclockwise: *Votre accompagnement est déplacé !*\n*Thème* : {theme}\n*Nouvelle date* : {when} ({zone})\n")
        + FrenchTypography.Format($"*Avec* : {animator}\n*Lien de visioconférence* : {link}\n\nL'invitation ci-dessous remplace la précédente dans votre agenda.");
    public static string AnimatorToldMovedAway(string member, string theme, string when) =>
        $":information_source: {member} a déplacé son accompagnement *{theme}* du {when} vers un autre créneau. La place est de nouveau libre.";
    public static string AnimatorToldMovedIn(string member, string theme, string when, string zone, string link) =>
        FrenchTypography.Format($":calendar: *Réservation déplacée vers votre créneau* : {member}\n*Thème* : {theme}\n*Quand* : {when} ({zone})\n")
        + FrenchTypography.Format($"*Lien de visioconférence* : {link}");
    public const string SlotChangedFallback = "Votre accompagnement a changé.";
    public static string SlotChangedForMember(string theme, string when, string zone, string link, string changes) =>
        FrenchTypography.Format($":pencil2: *Votre accompagnement {theme} a changé* : {changes}.\n*Quand* : {when} ({zone})\n")
        + FrenchTypography.Format($"*Lien de visioconférence* : {link}\n\nL'invitation ci-dessous remplace la précédente dans votre agenda.");
    public static readonly string IcsMovedComment = FrenchTypography.Apply("Nouvelle date : cette invitation remplace la précédente dans votre agenda.");
    public static readonly string IcsAnimatorComment = FrenchTypography.Apply("Pour votre agenda : cette séance, avec la personne inscrite.");

    public static string TooLateToCancel(int hours, string animator) =>
        FrenchTypography.Format($"Cet accompagnement commence dans moins de {hours} heure(s) : il ne peut plus être annulé ici. Écrivez directement à {animator} pour l'avertir.");

    // Waiting lists
    public static readonly string WaitlistOffer =
        FrenchTypography.Apply("Ou inscrivez-vous sur la liste d'attente du thème : dès qu'une place se libère, elle vous est offerte à votre tour.");
    public static readonly string NotJoined = FrenchTypography.Apply("Ce thème n'existe plus : tapez `/brigade reserver` pour voir les autres.");
    public static string JoinedTheme(string theme) =>
        FrenchTypography.Format($"C'est noté ! Vous êtes sur la liste d'attente du thème *{theme}*. Dès qu'une place se libère, je vous l'offre par message privé. Quittez la liste en tout temps avec `/brigade mes-reservations`.");
    public static readonly string JoinedSlot =
        FrenchTypography.Apply("C'est noté ! Vous êtes sur la liste d'attente de ce créneau. Si une place se libère, je vous l'offre par message privé. Quittez la liste en tout temps avec `/brigade mes-reservations`.");
    public const string LeftWaitlist = "Vous avez quitté la liste d'attente.";
    public const string NotInWaitlist = "Vous n'êtes plus sur cette liste d'attente.";
    public const string WaitlistsHeader = "Vos listes d'attente";
    public const string LeaveWaitlistButton = "Quitter la liste";
    public static string LeaveWaitlistLabel(string what) => MemberText.OneLine($"Quitter la liste d'attente, {what}", 75);
    public static string ThemeWait(string theme, int rank) => FrenchTypography.Format($"*{theme}* : tout créneau, {Rank(rank)}");
    public static string SlotWait(string theme, string when, int rank) => FrenchTypography.Format($"*{theme}* : {when}, {Rank(rank)}");
    public static string HeldWait(string theme, string until) =>
        FrenchTypography.Format($"*{theme}* : une place vous est réservée jusqu'à {until} : voyez mon message privé.");
    private static string Rank(int rank) => rank == 1 ? "vous êtes la prochaine personne" : $"{rank}e dans la file";
    public const string OfferFallback = "Une place s'est libérée pour vous.";
    public static string Offer(string theme, string when, string zone, string until) =>
        FrenchTypography.Format($":tada: *Une place s'est libérée pour vous !*\n*Thème* : {theme}\n*Quand* : {when} ({zone})\n")
        + FrenchTypography.Format($"Elle vous est réservée jusqu'à {until}. Ensuite, elle sera offerte à la personne suivante.");
    public const string TakeOfferButton = "Réserver cette place";
    public static readonly string OfferGone =
        FrenchTypography.Apply("Cette place n'est plus réservée pour vous : le délai est passé ou elle a été prise. Tapez `/brigade reserver` pour voir les créneaux ouverts.");
    public const string WaitedSlotCancelledFallback = "Un créneau que vous attendiez est annulé.";
    public static string WaitedSlotCancelled(string theme, string when, bool staysOnThemeList) =>
        FrenchTypography.Format($":pray: Le créneau *{theme}* du {when}, dont vous étiez sur la liste d'attente, est annulé par la personne animatrice ; ")
        + (staysOnThemeList
            ? FrenchTypography.Format($"vous restez sur la liste d'attente du thème *{theme}* : dès qu'une place se libère dans un autre créneau, je vous l'offre par message privé.")
            : FrenchTypography.Apply("tapez `/brigade reserver` pour voir les autres créneaux ou vous inscrire sur la liste d'attente du thème."));
    public const string OfferExpiredFallback = "La place réservée pour vous est passée à la personne suivante.";
    public static string OfferExpired(string theme) =>
        FrenchTypography.Format($":hourglass: Le délai est passé : la place *{theme}* réservée pour vous est offerte à la personne suivante. Tapez `/brigade reserver` pour voir les créneaux ouverts.");
}
