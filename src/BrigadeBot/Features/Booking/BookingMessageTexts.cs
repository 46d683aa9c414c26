using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Booking;

/// <summary>Every French word of the booking messages, and dates as members read them.</summary>
public static class BookingMessageTexts
{




    public const string ConfirmedFallback = "Votre accompagnement est confirmé.";
    public const string HowToCancel = "Pour annuler : tapez `/brigade mes-reservations`, puis « Annuler ».";
    public const string IcsFileName = "accompagnement-brigade.ics";
    public const string IcsComment = "Ajoutez cette invitation à votre agenda.";
    public const string IcsCancelComment = "Cet accompagnement est annulé : retirez-le de votre agenda.";
    public static string IcsTitle(string theme) => $"Accompagnement Brigade : {theme}";
    public const string IcsDescriptionCancel = "Pour annuler : tapez /brigade mes-reservations dans Slack, puis « Annuler ».";

    public static string MemberConfirmed(string theme, string when, string animator, string link, string? note) =>
        $":white_check_mark: *Votre accompagnement est confirmé !*\n*Thème* : {theme}\n*Quand* : {when} (heure de l'Est)\n"
        + $"*Avec* : {animator}\n*Lien de visioconférence* : {link}{NoteLine(note)}\n\n{HowToCancel}";

    public static string AnimatorBooked(string member, string theme, string when, string link, string? note) =>
        $":calendar: *Nouvelle réservation* : {member}\n*Thème* : {theme}\n*Quand* : {when} (heure de l'Est)\n"
        + $"*Lien de visioconférence* : {link}{NoteLine(note)}\n\nPour annuler le créneau : `/brigade agenda`.";

    public static string AnimatorToldCancelled(string member, string theme, string when) =>
        $":information_source: {member} a annulé son accompagnement *{theme}* du {when}. La place est de nouveau libre.";

    public const string BookingErasedFallback = "Un accompagnement est annulé.";
    public static string AnimatorToldErased(string theme, string when) =>
        $":information_source: L'accompagnement *{theme}* du {when} est annulé : la personne inscrite a demandé l'effacement "
        + "de ses données. La place est de nouveau libre.";

    public const string BookingCancelled = "Votre accompagnement est annulé. La personne animatrice en est avertie.";
    public const string NotYourBooking = "Cette réservation n'existe pas, n'est pas la vôtre ou ne peut plus être annulée.";

    public static string SlotCancelledForMember(string theme, string when) =>
        $":pray: *Toutes nos excuses* : votre accompagnement *{theme}* du {when} est annulé par la personne animatrice. "
        + "Choisissez un autre créneau avec le bouton, ou tapez `/brigade reserver`.";
    public const string RebookButton = "Réserver un autre créneau";

    public static string SlotsPublished(IReadOnlyList<string> whens) =>
        $":white_check_mark: {whens.Count} créneau(x) publié(s) :\n" + string.Join('\n', whens.Take(20).Select(w => "• " + w))
        + (whens.Count > 20 ? $"\n… et {whens.Count - 20} autre(s)." : "") + "\nVoyez qui les réserve avec `/brigade agenda`.";

    // Command replies
    public const string NoSlotAtAll = "Aucun créneau d'accompagnement n'est ouvert pour l'instant.";
    public static string NoSlotForTheme(string theme) =>
        $"Aucun créneau n'est ouvert pour le thème *{Mrkdwn.Escape(theme)}* en ce moment. Tapez `/brigade reserver` pour voir les autres thèmes.";
    public const string AlertOffer = "Voulez-vous un message privé dès que de nouveaux créneaux sont publiés ?";
    public const string AlertButton = "M'avertir des nouveaux créneaux";
    public const string AlertNoted = "C'est noté ! Je vous écris dès que de nouveaux créneaux sont publiés.";
    public const string AlertNotedTitle = "C'est noté";
    public const string NewSlotsAlert =
        ":sparkles: De nouveaux créneaux d'accompagnement viennent d'être publiés ! Tapez `/brigade reserver` pour en choisir un.";

    // Member's bookings
    public const string MyBookingsHeader = "Vos accompagnements à venir";
    public const string MyBookingsEmpty = "Vous n'avez aucun accompagnement à venir. Tapez `/brigade reserver` pour en réserver un.";
    public const string CancelButton = "Annuler";
    public const string CancelBookingTitle = "Annuler cet accompagnement ?";
    public const string CancelBookingText = "Votre place sera libérée et la personne animatrice en sera avertie.";
    public const string NoKeep = "Non, le garder";
    public static string MyBookingLine(string theme, string when, string animator, string link) =>
        $"*{theme}*\n{when} (heure de l'Est), avec {animator}\n{link}";

    // Around the session
    public static string ReminderDay(string theme, string when, string other, string link) =>
        $":alarm_clock: *Rappel* : accompagnement *{theme}* demain, {when} (heure de l'Est), avec {other}.\n{link}\n{HowToCancel}";
    public static string ReminderHour(string theme, string when, string other, string link) =>
        $":alarm_clock: *Dans une heure* : accompagnement *{theme}*, {when} (heure de l'Est), avec {other}.\n{link}";
    public static string FollowUp(string theme, string? sheet) =>
        $":raised_hands: *Merci* d'avoir participé à l'accompagnement *{theme}* !"
        + (sheet is null ? "" : $"\nVoici la fiche synthèse du thème, à garder sous la main : {sheet}")
        + "\nUne autre question ? Tapez `/brigade reserver` quand vous voulez.";
    public const string ReminderFallback = "Rappel de votre accompagnement";
    public const string FollowUpFallback = "Merci d'avoir participé à l'accompagnement";

    private static string NoteLine(string? note) =>
        string.IsNullOrWhiteSpace(note) ? "" : $"\n*Ce que j'aimerais aborder* : {Mrkdwn.Escape(MemberText.Cut(note, 1500))}";

}
