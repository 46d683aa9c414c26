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

}
